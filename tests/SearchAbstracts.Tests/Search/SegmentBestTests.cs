using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// A segment's best n must be exactly the first n of its documents ranked by score (higher first) and then by
/// document (lower first), the order of Lucene's top-n score collector, with many tied scores and fewer documents than n.
/// </summary>
public sealed class SegmentBestTests
{
    [Theory]
    [InlineData(1, 500, 7)]
    [InlineData(10, 5000, 3)]
    [InlineData(210, 60_000, 300)]
    [InlineData(210, 60_000, 2)]
    [InlineData(110, 50, 5)]
    [InlineData(25, 3000, 3000)]
    public void KeepsTheFirstNByScoreThenDocument(int size, int docs, int distinctScores)
    {
        var random = new Random(size + docs + distinctScores);
        // Ascending documents with gaps, as the marked documents of a segment come.
        var offered = new List<(int Doc, float Score)>();
        var doc = 0;
        for (var i = 0; i < docs; i++)
        {
            doc += 1 + random.Next(3);
            offered.Add((doc, random.Next(distinctScores) / 7f));
        }
        var best = new SegmentBest(size);
        foreach (var (d, score) in offered)
        {
            best.Offer(d, score);
        }
        var expected = offered.OrderByDescending(o => o.Score).ThenBy(o => o.Doc).Take(size).OrderBy(o => o.Doc).ToList();
        Assert.Equal(expected, Kept(best));
    }

    [Fact]
    public void KeepsNothingWhenOfferedNothing() => Assert.Empty(Kept(new SegmentBest(3)));

    private static List<(int Doc, float Score)> Kept(SegmentBest best) =>
        Enumerable.Range(0, best.Count).Select(i => (Doc: best.Doc(i), Score: best.Score(i))).OrderBy(kept => kept.Doc).ToList();
}
