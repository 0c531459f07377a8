using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchAbstracts.Acronyms;
using SearchAbstracts.Evaluation;
using SearchAbstracts.Facets;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using SearchAbstracts.Snippets;

namespace SearchAbstracts.Search;

/// <summary>
/// The read path: request → query → one collection pass (ranking + facet counts) → stored fields of the
/// page only → highlights and snippets.
/// </summary>
internal static class PaperSearcher
{
    private static readonly Sort DateSort = new(
        new SortField(PaperFields.PublishedSort, SortFieldType.INT64, reverse: true),
        SortField.FIELD_SCORE);

    public static SearchResults Search(AbstractsIndex index, IndexSearcher searcher, SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        SearchRequestValidator.Validate(request);
        var notices = new List<string>();
        var query = BuildQuery(index, searcher, request.Query, request.Profile, request.PlainWords, notices);
        var ranking = request.Sort == SearchSort.Relevance ? RankingQuery(index, searcher, query, request.Profile) : query;
        var venues = VenueResolver.Resolve(searcher.IndexReader, request.Venues, notices);
        var filter = new FacetFilter(venues, request.YearFrom, request.YearTo);
        var wanted = Math.Min(request.Offset + request.Limit, Math.Max(1, searcher.IndexReader.MaxDoc));
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(DateSort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        var counting = new FacetCountingCollector(top, filter, request.CountFacets);
        searcher.Search(ranking, counting);
        var page = top.GetTopDocs(request.Offset, request.Limit);
        var highlighter = new HitHighlighter(query, index.Analyzer);
        var hits = new List<SearchHit>(page.ScoreDocs.Length);
        foreach (var scoreDoc in page.ScoreDocs)
        {
            var paper = PaperDocumentMapper.ToPaper(searcher.Doc(scoreDoc.Doc));
            var snippets = SnippetGenerator.Create(paper.Abstract, highlighter.Find(PaperFields.Abstract, paper.Abstract),
                request.SnippetCount, request.SnippetLength);
            hits.Add(new SearchHit(request.Offset + hits.Count + 1, scoreDoc.Score, paper,
                highlighter.Find(PaperFields.Title, paper.Title), snippets)
            {
                Why = request.Explain ? QueryExplainer.Why(searcher, ranking, scoreDoc.Doc) : [],
            });
        }
        return new SearchResults(request.Query, counting.Accepted, clock.Elapsed, hits,
            counting.VenueCounts(), counting.YearCounts(), notices)
        {
            Explanation = request.Explain ? QueryExplainer.Describe(query, ranking, request) : [],
        };
    }

    /// <summary>The top <paramref name="depth"/> paper ids and scores for plain-word query text: the ranking alone, for evaluation.</summary>
    public static IReadOnlyList<RankedDoc> Rank(AbstractsIndex index, IndexSearcher searcher, string text, RankingProfile profile, int depth)
    {
        var query = BuildQuery(index, searcher, text, profile, plainWords: true, new List<string>());
        var top = searcher.Search(RankingQuery(index, searcher, query, profile), depth);
        var leaves = searcher.IndexReader.Leaves;
        var id = new BytesRef();
        var ranked = new List<RankedDoc>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            leaf.AtomicReader.GetSortedDocValues(PaperFields.Id).Get(hit.Doc - leaf.DocBase, id);
            ranked.Add(new RankedDoc(id.Utf8ToString(), hit.Score));
        }
        return ranked;
    }

    private static Query BuildQuery(AbstractsIndex index, IndexSearcher searcher, string text, RankingProfile profile, bool plainWords, List<string> notices)
    {
        var query = QueryBuilder.Build(text, profile.QueryStopWords ? index.QueryAnalyzer : index.Analyzer, profile, plainWords, notices);
        query = profile.JoinCompounds ? CompoundWords.AddAlternatives(query, text, searcher.IndexReader) : query;
        if (profile.ExpandAcronyms)
        {
            var expansions = new List<string>();
            query = AcronymExpansion.AddAlternatives(query, text, searcher.IndexReader, expansions);
            notices.AddRange(expansions.Select(e => $"acronym: {e}"));
        }
        return query;
    }

    /// <summary>The query that orders the hits; it matches exactly what <paramref name="query"/> matches.</summary>
    private static Query RankingQuery(AbstractsIndex index, IndexSearcher searcher, Query query, RankingProfile profile) =>
        profile.Feedback ? RelevanceFeedback.Expand(searcher, query, index.QueryAnalyzer) : query;
}
