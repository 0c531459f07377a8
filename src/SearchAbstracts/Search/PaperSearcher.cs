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
        var feedback = request.Sort == SearchSort.Relevance && request.Profile.Feedback && RelevanceFeedback.Applies(query);
        var venues = VenueResolver.Resolve(searcher.IndexReader, request.Venues, notices);
        var filter = new FacetFilter(venues, request.YearFrom, request.YearTo);
        var wanted = Math.Min(request.Offset + request.Limit, Math.Max(1, searcher.IndexReader.MaxDoc));
        var depth = feedback ? Math.Max(wanted, RelevanceFeedback.RescoreDepth) : wanted;
        // Relevance order lets Lucene score disjunctions out of document order (its fast bulk scorer); facet counting does not mind.
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(DateSort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(depth, docsScoredInOrder: false);
        // With filters, feedback learns from the unfiltered top hits, so that filtering never changes the order of what remains.
        var unfiltered = feedback && filter.IsActive ? TopScoreDocCollector.Create(RelevanceFeedback.RescoreDepth, docsScoredInOrder: false) : null;
        var counting = new FacetCountingCollector(top, filter, request.CountFacets, unfiltered);
        searcher.Search(query, counting);
        var ranked = top.GetTopDocs(0, unfiltered is null ? depth : wanted + RelevanceFeedback.RescoreDepth).ScoreDocs;
        var ranking = query;
        if (feedback)
        {
            (var reranked, var expansion) = RelevanceFeedback.Rerank(searcher, unfiltered?.GetTopDocs().ScoreDocs ?? ranked, index.QueryAnalyzer);
            ranked = unfiltered is null ? reranked : RelevanceFeedback.Filtered(reranked, ranked);
            ranking = expansion is null ? query : RelevanceFeedback.Combined(query, expansion);
        }
        var page = ranked.Skip(request.Offset).Take(request.Limit).ToArray();
        var highlighter = new HitHighlighter(query, index.Analyzer);
        var hits = new List<SearchHit>(page.Length);
        foreach (var scoreDoc in page)
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
        var hits = searcher.Search(query, depth).ScoreDocs;
        if (profile.Feedback && RelevanceFeedback.Applies(query))
        {
            // The same window as search re-scores, so evaluation measures exactly what users get.
            hits = RelevanceFeedback.Rerank(searcher, hits, index.QueryAnalyzer).Ranked;
        }
        var leaves = searcher.IndexReader.Leaves;
        var id = new BytesRef();
        var ranked = new List<RankedDoc>(hits.Length);
        foreach (var hit in hits)
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
}
