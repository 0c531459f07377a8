using System.Diagnostics;
using Lucene.Net.Documents;
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
        new SortField(PaperFields.PublishedSort, SortFieldType.STRING, reverse: true),
        SortField.FIELD_SCORE);

    public static SearchResults Search(AbstractsIndex index, IndexSearcher searcher, SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        SearchRequestValidator.Validate(request);
        var notices = new List<string>();
        var early = new EarlyWeights();
        try
        {
            return Search(index, searcher, request, clock, notices, early);
        }
        finally
        {
            early.Finish();
        }
    }

    private static SearchResults Search(AbstractsIndex index, IndexSearcher searcher, SearchRequest request, Stopwatch clock, List<string> notices, EarlyWeights early)
    {
        var (query, feedback) = BuildQuery(index, searcher, request.Query, request.Profile, request.PlainWords, notices, early);
        var rerank = request.Sort == SearchSort.Relevance ? HeadDepth(request.Profile, feedback) : 0;
        var venues = VenueResolver.Resolve(searcher.IndexReader, request.Venues, notices);
        var filter = new FacetFilter(venues, request.YearFrom, request.YearTo);
        var wanted = Math.Min(request.Offset + request.Limit, Math.Max(1, searcher.IndexReader.MaxDoc));
        // Relevance order lets Lucene score disjunctions out of document order (its fast bulk scorer); facet counting does not mind.
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(DateSort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted + rerank, docsScoredInOrder: false);
        // With filters, the head is re-ranked as if unfiltered (feedback learns from the same hits, scores are
        // standardised over the same head), so that filtering never changes the order of what remains.
        var unfiltered = rerank > 0 && filter.IsActive ? TopScoreDocCollector.Create(rerank, docsScoredInOrder: false) : null;
        var floor = request.Sort == SearchSort.Relevance ? new ScoreFloor(wanted + rerank) : null;
        var counting = new FacetCountingCollector(top, filter, request.CountFacets, unfiltered, floor);
        DisjunctionSearch.Search(searcher, QueryFlattener.Flatten(query), counting, early);
        var ranked = top.GetTopDocs(0, wanted + rerank).ScoreDocs;
        var ranking = query;
        // Feedback reads the top hits' text; the page shows most of the same papers, so each is read (and decompressed) once.
        var stored = new Dictionary<int, Document>();
        var highlighter = new HitHighlighter(query, index.Analyzer);
        // QueryScorer highlighting (wildcards, fuzzy words) keeps state: then every hit is made in order, on this thread.
        var concurrent = highlighter.ThreadSafe && !request.Explain;
        var preparation = new HitPreparation(
            doc => stored.TryGetValue(doc, out var known) ? known : PaperDocumentMapper.Load(searcher, doc),
            doc => MakeParts(doc, highlighter, request));
        SearchHit[] hits;
        try
        {
            if (rerank > 0)
            {
                // The feedback documents are the first-pass head, most of the page: their parts are started while
                // feedback chooses its words on one core, and stopped once it has.
                Action StartPage(ScoreDoc[] docs, Document[] documents)
                {
                    preparation.StartAhead([.. docs.Take(request.Limit).Select((d, i) => (d.Doc, documents[i]))]);
                    return preparation.StopAhead;
                }
                var read = concurrent && request.Offset == 0 ? StartPage : (Func<ScoreDoc[], Document[], Action>?)null;
                var (head, expansion, restScale) = RerankHead(index, searcher, query, request.Profile, feedback, unfiltered?.GetTopDocs().ScoreDocs ?? ranked, stored, read);
                ranked = unfiltered is null ? head : RelevanceFeedback.Filtered(head[..Math.Min(rerank, head.Length)], ranked, restScale);
                ranking = expansion is null ? query : RelevanceFeedback.Combined(query, expansion);
            }
            var page = ranked.Skip(request.Offset).Take(request.Limit).ToArray();
            hits = new SearchHit[page.Length];
            preparation.StopAhead();
            Concurrently.For(page.Length, i =>
            {
                var scoreDoc = page[i];
                var parts = preparation.Get(scoreDoc.Doc);
                hits[i] = new SearchHit(request.Offset + i + 1, scoreDoc.Score, parts.Paper, parts.TitleHighlights, parts.Snippets)
                {
                    Why = request.Explain ? QueryExplainer.Why(searcher, ranking, scoreDoc.Doc) : [],
                };
            }, allowed: concurrent);
        }
        finally
        {
            preparation.Stop();
        }
        return new SearchResults(request.Query, counting.Accepted, clock.Elapsed, hits,
            counting.VenueCounts(), counting.YearCounts(), notices)
        {
            Explanation = request.Explain ? QueryExplainer.Describe(query, ranking, request) : [],
        };
    }

    /// <summary>What a hit shows of the paper stored in <paramref name="doc"/>: the paper, its title marks and its snippets.</summary>
    private static HitParts MakeParts(Document doc, HitHighlighter highlighter, SearchRequest request)
    {
        var paper = PaperDocumentMapper.ToPaper(doc);
        var snippets = SnippetGenerator.Create(paper.Abstract, highlighter.Find(PaperFields.Abstract, paper.Abstract),
            request.SnippetCount, request.SnippetLength);
        return new HitParts(paper, highlighter.Find(PaperFields.Title, paper.Title), snippets);
    }

    /// <summary>The top <paramref name="depth"/> paper ids and scores for plain-word query text: the ranking alone, for evaluation.</summary>
    public static IReadOnlyList<RankedDoc> Rank(AbstractsIndex index, IndexSearcher searcher, string text, RankingProfile profile, int depth)
    {
        var (query, feedback) = BuildQuery(index, searcher, text, profile, plainWords: true, new List<string>());
        // The same head re-ranking as search, so evaluation measures exactly what users get.
        var first = TopScoreDocCollector.Create(Math.Min(Math.Max(depth, HeadDepth(profile, feedback)), Math.Max(1, searcher.IndexReader.MaxDoc)), docsScoredInOrder: false);
        DisjunctionSearch.Search(searcher, QueryFlattener.Flatten(query), first);
        var hits = first.GetTopDocs().ScoreDocs;
        hits = RerankHead(index, searcher, query, profile, feedback, hits).Ranked[..Math.Min(depth, hits.Length)];
        var leaves = searcher.IndexReader.Leaves;
        var id = new BytesRef();
        var ranked = new List<RankedDoc>(hits.Length);
        foreach (var hit in hits)
        {
            var leaf = leaves[ReaderUtil.SubIndex(hit.Doc, leaves)];
            leaf.AtomicReader.GetSortedDocValues(PaperFields.Id).Get(hit.Doc - leaf.DocBase, id);
            ranked.Add(new RankedDoc(PaperDocumentMapper.IdOf(id), hit.Score));
        }
        return ranked;
    }

    /// <summary>How many of the first hits <paramref name="profile"/> re-ranks (deeper with <paramref name="feedback"/>): 0 for none.</summary>
    private static int HeadDepth(RankingProfile profile, bool feedback) =>
        Math.Max(feedback ? RelevanceFeedback.RescoreDepth : 0, profile.FuseDfr ? DfrFusion.Depth : 0);

    /// <summary>
    /// Re-ranks the head of <paramref name="hits"/>: RM3 feedback re-scores its window, then DFR fusion re-orders
    /// the first hits. Returns the new order, the feedback expansion (null without) and the factor the scores
    /// below the re-ranked head were multiplied by.
    /// </summary>
    private static (ScoreDoc[] Ranked, Query? Expansion, float RestScale) RerankHead(AbstractsIndex index, IndexSearcher searcher, Query query,
        RankingProfile profile, bool feedback, ScoreDoc[] hits, Dictionary<int, Document>? stored = null, Func<ScoreDoc[], Document[], Action>? read = null)
    {
        Query? expansion = null;
        var restScale = 1f;
        if (feedback)
        {
            (hits, expansion) = RelevanceFeedback.Rerank(searcher, hits, index.QueryAnalyzer, profile.WeightedFeedback, stored, read);
            restScale = expansion is null ? 1f : RelevanceFeedback.OriginalShare;
        }
        if (profile.FuseDfr)
        {
            hits = DfrFusion.Rerank(searcher, query, hits);
        }
        return (hits, expansion, restScale);
    }

    /// <summary>
    /// The query for <paramref name="text"/> with the variants <paramref name="profile"/> adds, and whether feedback
    /// re-ranks it. Feedback is decided on the words as typed: a two-word query is not made long enough for it by
    /// its own compound or acronym variants (that cost 6 ms a topical query and was never the intent).
    /// </summary>
    private static (Query Query, bool Feedback) BuildQuery(AbstractsIndex index, IndexSearcher searcher, string text, RankingProfile profile,
        bool plainWords, List<string> notices, EarlyWeights? early = null)
    {
        var query = QueryBuilder.Build(text, profile.QueryStopWords ? index.QueryAnalyzer : index.Analyzer, profile, plainWords, notices);
        var feedback = profile.Feedback && RelevanceFeedback.Applies(query);
        // The title phrase depends on the text alone: its weight is made on the other core while the variants are added
        // (whether it is added at all is decided on the query with its variants, as before). Not for a short phrase:
        // its results are kept per reader (ClauseResults), so its weight is needed only the first time, and made then.
        var phrase = profile.TitlePhrase ? Ranking.TitlePhrase.Of(text, index.Analyzer) : null;
        if (phrase is not null && early is not null && Ranking.TitlePhrase.Applies(query) && !ClauseResults.Worthwhile(phrase))
        {
            early.Start(searcher, phrase);
        }
        query = profile.JoinCompounds ? CompoundWords.AddAlternatives(query, text, searcher.IndexReader) : query;
        query = Ranking.TitlePhrase.AddBonus(query, phrase);
        if (profile.ExpandAcronyms)
        {
            var expansions = new List<string>();
            query = AcronymExpansion.AddAlternatives(query, text, searcher.IndexReader, expansions);
            notices.AddRange(expansions.Select(e => $"acronym: {e}"));
        }
        return (query, feedback);
    }
}
