using System.Diagnostics;
using Lucene.Net.Search;
using SearchAbstracts.Facets;
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
        var query = QueryBuilder.Build(request.Query, index.Analyzer, notices);
        var venues = VenueResolver.Resolve(searcher.IndexReader, request.Venues, notices);
        var filter = new FacetFilter(venues, request.YearFrom, request.YearTo);
        var wanted = Math.Min(request.Offset + request.Limit, Math.Max(1, searcher.IndexReader.MaxDoc));
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(DateSort, wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: true);
        var counting = new FacetCountingCollector(top, filter);
        searcher.Search(query, counting);
        var page = top.GetTopDocs(request.Offset, request.Limit);
        var highlighter = new HitHighlighter(query, index.Analyzer);
        var hits = new List<SearchHit>(page.ScoreDocs.Length);
        foreach (var scoreDoc in page.ScoreDocs)
        {
            var paper = PaperDocumentMapper.ToPaper(searcher.Doc(scoreDoc.Doc));
            var snippets = SnippetGenerator.Create(paper.Abstract, highlighter.Find(PaperFields.Abstract, paper.Abstract),
                request.SnippetCount, request.SnippetLength);
            hits.Add(new SearchHit(request.Offset + hits.Count + 1, scoreDoc.Score, paper,
                highlighter.Find(PaperFields.Title, paper.Title), snippets));
        }
        return new SearchResults(request.Query, counting.Accepted, clock.Elapsed, hits,
            counting.VenueCounts(), counting.YearCounts(), notices);
    }
}
