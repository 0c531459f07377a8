using Lucene.Net.Search;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Handing Lucene's top-n collector only what <see cref="ScoreFloor"/> admits must leave its result unchanged (the same
/// documents, scores and order), with many tied scores, documents in and out of order, and fewer documents than n;
/// and the floor must actually turn papers away, or it saves nothing.
/// </summary>
public sealed class ScoreFloorTests
{
    [Theory]
    [InlineData(1, 500, 7, false)]
    [InlineData(10, 5000, 20, false)]
    [InlineData(110, 60_000, 300, false)]
    [InlineData(110, 60_000, 300, true)]
    [InlineData(110, 50, 5, true)]
    [InlineData(25, 3000, 3, true)]
    public void TheTopDocsAreTheSame(int size, int docs, int distinctScores, bool outOfOrder)
    {
        var random = new Random(size + docs + distinctScores);
        var scores = Enumerable.Range(0, docs).Select(_ => (float)random.Next(distinctScores) / 7f).ToArray();
        var order = Enumerable.Range(0, docs).ToArray();
        if (outOfOrder)
        {
            random.Shuffle(order);
        }
        var plain = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
        var gated = TopScoreDocCollector.Create(size, docsScoredInOrder: false);
        var floor = new ScoreFloor(size);
        var scorer = new SegmentScore();
        plain.SetScorer(scorer);
        gated.SetScorer(scorer);
        var turnedAway = 0;
        foreach (var doc in order)
        {
            scorer.Score = scores[doc];
            plain.Collect(doc);
            if (floor.Admits(scorer.Score))
            {
                gated.Collect(doc);
            }
            else
            {
                turnedAway++;
            }
        }
        Assert.Equal(plain.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)), gated.GetTopDocs().ScoreDocs.Select(d => (d.Doc, d.Score)));
        if (docs > 10 * size)
        {
            Assert.True(turnedAway > docs / 2, $"only {turnedAway} of {docs} turned away");
        }
    }
}
