using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class MetricsTests
{
    private const int Precision = 10;

    // q: d1=3, d2=2, d5=2, d3=1, d4=0 (judged non-relevant).
    private static readonly Qrels Graded = Qrels.FromJudgments(
        [new("q", "d1", 3), new("q", "d2", 2), new("q", "d3", 1), new("q", "d4", 0), new("q", "d5", 2)]);

    [Fact]
    public void NdcgAt_IdealOrder_IsOne()
    {
        var ranking = RankedList.FromDocIds("q", "d1", "d2", "d5", "d3", "d4", "x");

        Assert.Equal(1.0, Metrics.NdcgAt(Graded, ranking, 10), Precision);
        Assert.Equal(1.0, Metrics.NdcgAt(Graded, ranking, 2), Precision);
        // d2 and d5 share grade 2, so swapping them is still ideal.
        Assert.Equal(1.0, Metrics.NdcgAt(Graded, RankedList.FromDocIds("q", "d1", "d5", "d2", "d3"), 10), Precision);
    }

    [Fact]
    public void NdcgAt_GradedRanking_MatchesHandComputedDcg()
    {
        // Ranks: 1 d4 (0), 2 d1 (3), 3 x (unjudged, 0), 4 d2 (2), 5 d3 (1); d5 not retrieved.
        var ranking = RankedList.FromDocIds("q", "d4", "d1", "x", "d2", "d3");

        // DCG@10 = 0/log2(2) + 3/log2(3) + 0/log2(4) + 2/log2(5) + 1/log2(6)
        //        = 3/1.5849625 + 2/2.3219281 + 1/2.5849625
        //        = 1.8927893 + 0.8613531 + 0.3868528 = 3.1409952
        // IDCG@10 over gains [3, 2, 2, 1]: 3/log2(2) + 2/log2(3) + 2/log2(4) + 1/log2(5)
        //        = 3 + 1.2618595 + 1 + 0.4306766 = 5.6925361
        // nDCG@10 = 3.1409952 / 5.6925361 = 0.5517743 (linear gain; 2^g-1 would give a different value).
        Assert.Equal(0.551774314314572, Metrics.NdcgAt(Graded, ranking, 10), Precision);

        // Cut at 2: DCG@2 = 3/log2(3) = 1.8927893; IDCG@2 = 3 + 2/log2(3) = 4.2618595 → 0.4441229.
        Assert.Equal(0.44412286644879784, Metrics.NdcgAt(Graded, ranking, 2), Precision);
    }

    [Fact]
    public void NdcgAt_NoRelevantJudgments_IsZero()
    {
        var qrels = Qrels.FromJudgments([new("q", "d1", 0)]);

        Assert.Equal(0.0, Metrics.NdcgAt(qrels, RankedList.FromDocIds("q", "d1"), 10));
        Assert.Equal(0.0, Metrics.NdcgAt(qrels, RankedList.FromDocIds("unjudged", "d1"), 10));
    }

    [Fact]
    public void RecallAt_RelevantDocsMissingFromRun_CountInDenominator()
    {
        // 4 relevant (d1, d2, d3, d5); retrieved d1 at rank 1 and d3 at rank 3 → 2/4.
        var ranking = RankedList.FromDocIds("q", "d1", "x", "d3", "y");

        Assert.Equal(0.5, Metrics.RecallAt(Graded, ranking, 100), Precision);
        // Top 2 holds only d1 → 1/4.
        Assert.Equal(0.25, Metrics.RecallAt(Graded, ranking, 2), Precision);
        // d4 (grade 0) is not relevant.
        Assert.Equal(0.0, Metrics.RecallAt(Graded, RankedList.FromDocIds("q", "d4"), 100));
    }

    [Fact]
    public void ReciprocalRankAt_FirstRelevantAtRank3_IsOneThird()
    {
        var ranking = RankedList.FromDocIds("q", "x", "d4", "d2", "d1");

        Assert.Equal(1.0 / 3, Metrics.ReciprocalRankAt(Graded, ranking, 10), Precision);
        Assert.Equal(0.0, Metrics.ReciprocalRankAt(Graded, ranking, 2));
    }

    [Fact]
    public void ReciprocalRankAt_FirstRelevantBeyond10_IsZeroAt10()
    {
        // Ten non-relevant docs, then d1 at rank 11.
        var ranking = RankedList.FromDocIds("q", [.. Enumerable.Range(1, 10).Select(i => $"n{i}"), "d1"]);

        Assert.Equal(0.0, Metrics.ReciprocalRankAt(Graded, ranking, 10));
        Assert.Equal(1.0 / 11, Metrics.ReciprocalRankAt(Graded, ranking, 20), Precision);
    }

    [Fact]
    public void AveragePrecisionAt_TextbookExample()
    {
        // 3 relevant docs (r1, r3, r6) retrieved at ranks 1, 3, 6 of 10.
        var qrels = Qrels.FromJudgments([new("q", "r1", 1), new("q", "r3", 1), new("q", "r6", 1)]);
        var ranking = RankedList.FromDocIds("q", "r1", "n2", "r3", "n4", "n5", "r6", "n7", "n8", "n9", "n10");

        // (1/1 + 2/3 + 3/6) / 3 = (1 + 0.6666667 + 0.5) / 3 = 2.1666667 / 3 = 0.7222222
        Assert.Equal(0.7222222222222222, Metrics.AveragePrecisionAt(qrels, ranking, 1000), Precision);
        // Cut at 5, r6 is out: (1 + 2/3) / 3 = 0.5555556 (R stays 3).
        Assert.Equal(0.5555555555555556, Metrics.AveragePrecisionAt(qrels, ranking, 5), Precision);
    }

    [Fact]
    public void AveragePrecisionAt_UnretrievedRelevantDoc_CountsInR()
    {
        // A fourth relevant doc r99 is never retrieved: (1 + 2/3 + 3/6) / 4 = 2.1666667 / 4 = 0.5416667.
        var qrels = Qrels.FromJudgments([new("q", "r1", 1), new("q", "r3", 1), new("q", "r6", 1), new("q", "r99", 2)]);
        var ranking = RankedList.FromDocIds("q", "r1", "n2", "r3", "n4", "n5", "r6");

        Assert.Equal(0.5416666666666666, Metrics.AveragePrecisionAt(qrels, ranking, 1000), Precision);
    }

    [Fact]
    public void Metrics_NonPositiveCutoff_Throws()
    {
        var ranking = RankedList.FromDocIds("q", "d1");

        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.NdcgAt(Graded, ranking, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Metrics.RecallAt(Graded, ranking, -1));
    }
}
