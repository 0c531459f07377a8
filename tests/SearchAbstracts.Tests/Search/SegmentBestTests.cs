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

    [Theory]
    [InlineData(10, 3)]
    [InlineData(210, 300)]
    [InlineData(50, 5000)]
    public void SegmentsSharingAFloorKeepTheOverallBestNBetweenThem(int size, int distinctScores)
    {
        var random = new Random(size * distinctScores);
        var shared = new SharedFloor();
        // Segments one after the other here, the floor rising as they go, and last first: on threads, a later segment
        // may raise the floor before an earlier one is counted, and a paper of the earlier one that ties the floor
        // still beats the later one's. Negative and zero scores too.
        var segments = Enumerable.Range(0, 6).Select(s => Enumerable.Range(0, 2000 + (s * 500))
            .Select(d => (Doc: d, Score: (random.Next(distinctScores) - (distinctScores / 10)) / 3f)).ToList()).ToList();
        // A first segment scoring low throughout: counted last, the floor the others raised turns it all away.
        segments.Insert(0, Enumerable.Range(0, 3000).Select(d => (Doc: d, Score: -random.Next(distinctScores) / 3f)).ToList());
        var kept = new List<(int Segment, int Doc, float Score)>();
        var turnedAway = 0;
        foreach (var (segment, s) in segments.Select((segment, s) => (segment, s)).Reverse())
        {
            var best = new SegmentBest(size, shared);
            foreach (var (doc, score) in segment)
            {
                best.Offer(doc, score);
            }
            kept.AddRange(Enumerable.Range(0, best.Count).Select(i => (s, best.Doc(i), best.Score(i))));
            turnedAway += size - best.Count;
        }
        // Segment s's documents come after those of earlier segments, as in an index.
        static (float, int, int) Rank((int Segment, int Doc, float Score) d) => (-d.Score, d.Segment, d.Doc);
        var all = segments.SelectMany((segment, s) => segment.Select(d => (Segment: s, d.Doc, d.Score)));
        Assert.Equal(all.OrderBy(Rank).Take(size), kept.OrderBy(Rank).Take(size));
        Assert.True(turnedAway > 0, "the shared floor turned nothing away");
    }

    [Theory]
    [InlineData(1, 500, 7)]
    [InlineData(210, 5000, 3)]
    [InlineData(210, 8000, 400)]
    [InlineData(50, 30, 2)]
    public void InAnyOrder_KeepsTheFirstNByScoreThenDocument(int size, int docs, int distinctScores)
    {
        // The best of several segments merged: documents come in no order, ties included.
        var random = new Random(size * 31 + docs + distinctScores);
        var offered = Enumerable.Range(0, docs).Select(d => (Doc: d * 3, Score: random.Next(distinctScores) / 7f)).OrderBy(_ => random.Next()).ToList();
        var best = new SegmentBest(size);
        foreach (var (doc, score) in offered)
        {
            best.OfferAnyOrder(doc, score);
        }
        var expected = offered.OrderByDescending(o => o.Score).ThenBy(o => o.Doc).Take(size).OrderBy(o => o.Doc).ToList();
        Assert.Equal(expected, Kept(best));
    }

    [Fact]
    public void InAnyOrder_RefusesASharedFloor() =>
        Assert.Throws<InvalidOperationException>(() => new SegmentBest(3, new SharedFloor()).OfferAnyOrder(1, 1f));

    [Fact]
    public void KeepsNothingWhenOfferedNothing() => Assert.Empty(Kept(new SegmentBest(3)));

    private static List<(int Doc, float Score)> Kept(SegmentBest best) =>
        Enumerable.Range(0, best.Count).Select(i => (Doc: best.Doc(i), Score: best.Score(i))).OrderBy(kept => kept.Doc).ToList();
}
