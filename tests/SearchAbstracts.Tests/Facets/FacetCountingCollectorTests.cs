using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Facets;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Facets;

/// <summary>
/// Collecting a segment's matches whole (the term-at-a-time search, with a score floor before the top-n collector)
/// must give what collecting them one by one gives under Lucene's own scorers: the same top hits in the same order,
/// total, venue and year counts, with and without venue and year filters, and with the unfiltered collector feedback
/// uses; over several segments with deleted papers and many tied scores.
/// </summary>
public sealed class FacetCountingCollectorTests(ITestOutputHelper output)
{
    [Fact]
    public void ASegmentCollectedWhole_GivesWhatOneByOneGives()
    {
        // Venues and years of their own (SciFact has none), some papers without either, so that the filters filter.
        string[] names = ["Journal of Tests", "Proc. Collectors", "Facet Letters", "Annals of Ties", "Scores Review"];
        var papers = SharedData.SamplePapers(1500)
            .Select((p, i) => p with { Venue = i % 11 == 0 ? "" : names[i * 7 % names.Length], Year = i % 13 == 0 ? null : 2015 + (i * 3 % 9) })
            .ToList();
        var parts = papers.Chunk((papers.Count / 3) + 1).ToList();
        parts[^1] = [.. parts[^1], .. parts[0].Take(Math.Max(1, parts[0].Length / 10))];
        using var temp = TempIndex.InCommits(parts);
        var random = new Random(17);
        var compared = temp.Index.WithSearcher(searcher =>
        {
            var vocabulary = papers.SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Title + " " + p.Abstract)).Distinct().Order(StringComparer.Ordinal).ToArray();
            var venues = papers.Select(p => p.Venue).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();
            var years = papers.Select(p => p.Year).OfType<int>().Order().ToArray();
            var count = 0;
            var filtered = 0;
            for (var round = 0; round < 60; round++)
            {
                var query = new BooleanQuery();
                foreach (var word in Enumerable.Range(0, 1 + random.Next(12)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Distinct())
                {
                    // Few distinct boosts and common words: many tied scores at the bottom of the top n.
                    query.Add(new TermQuery(new Term(PaperFields.Text, word)) { Boost = random.Next(2) + 1 }, Occur.SHOULD);
                }
                var filter = (round % 4) switch
                {
                    1 when venues.Length > 0 => new FacetFilter(new HashSet<string>([venues[random.Next(venues.Length)]], StringComparer.Ordinal), null, null),
                    2 when years.Length > 0 => new FacetFilter(FacetFilter.None.Venues, years[years.Length / 2], years[^1]),
                    _ => FacetFilter.None,
                };
                var size = 1 + random.Next(60);
                var withUnfiltered = round % 3 == 0;
                var (expected, expectedUnfiltered, expectedTop, expectedAll) = Collect(searcher, query, filter, size, withUnfiltered, whole: false);
                var (actual, actualUnfiltered, actualTop, actualAll) = Collect(searcher, query, filter, size, withUnfiltered, whole: true);
                Assert.Equal(expected.Accepted, actual.Accepted);
                Assert.Equal(expected.VenueCounts(), actual.VenueCounts());
                Assert.Equal(expected.YearCounts(), actual.YearCounts());
                Assert.Equal(expectedTop, actualTop);
                Assert.Equal(expectedAll, actualAll);
                count += expected.Accepted;
                filtered += filter.IsActive ? expected.Accepted : 0;
            }
            return (Accepted: count, Filtered: filtered);
        });
        output.WriteLine($"{compared.Accepted} accepted matches compared, {compared.Filtered} of them under a filter");
        Assert.True(compared.Accepted > 1000);
        Assert.True(compared.Filtered > 100);
    }

    private static (FacetCountingCollector Counting, TopScoreDocCollector? Unfiltered, List<(int, float)> Top, List<(int, float)> All) Collect(
        IndexSearcher searcher, Query query, FacetFilter filter, int size, bool withUnfiltered, bool whole)
    {
        var top = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
        var unfiltered = withUnfiltered ? TopScoreDocCollector.Create(size, docsScoredInOrder: false) : null;
        var counting = new FacetCountingCollector(top, filter, count: true, unfiltered, whole ? new ScoreFloor(size) : null);
        if (whole)
        {
            DisjunctionSearch.Search(searcher, query, counting);
        }
        else
        {
            searcher.Search(query, counting);
        }
        var hits = top.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var all = unfiltered?.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)).ToList() ?? [];
        return (counting, unfiltered, hits, all);
    }
}
