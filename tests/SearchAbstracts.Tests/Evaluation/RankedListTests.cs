using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class RankedListTests
{
    [Fact]
    public void Create_HitWithQueryIdAsDocId_IsDropped()
    {
        var ranking = RankedList.FromDocIds("42", "42", "d1", "d2");

        Assert.Equal(["d1", "d2"], ranking.DocIds);
    }

    [Fact]
    public void Create_SelfHitsKeptWhenDisabled()
    {
        var ranking = RankedList.Create("42", [new("42", 3), new("d1", 2)], new EvaluationOptions { DropSelfHits = false });

        Assert.Equal(["42", "d1"], ranking.DocIds);
    }

    [Fact]
    public void Create_DuplicateDocIds_KeepFirstOccurrence()
    {
        var ranking = RankedList.FromDocIds("q", "a", "b", "a", "c", "b");

        Assert.Equal(["a", "b", "c"], ranking.DocIds);
    }

    [Fact]
    public void Create_CutsToDepthAfterDroppingSelfHitsAndDuplicates()
    {
        var hits = new RankedDoc[] { new("q", 5), new("a", 4), new("a", 3), new("b", 2), new("c", 1) };

        var ranking = RankedList.Create("q", hits, new EvaluationOptions { Depth = 2 });

        Assert.Equal(["a", "b"], ranking.DocIds);
    }

    [Fact]
    public void Create_AsGiven_IgnoresScores()
    {
        var ranking = RankedList.Create("q", [new("a", 1), new("b", 3), new("c", 2)]);

        Assert.Equal(["a", "b", "c"], ranking.DocIds);
    }

    [Fact]
    public void Create_TrecEvalOrder_SortsByScoreThenDocIdDescending()
    {
        // Scores 1.0 and 1.0 + 1e-12 are equal as 32-bit floats, which is how trec_eval compares them.
        var hits = new RankedDoc[] { new("a", 1.0), new("c", 0.5), new("b", 1.0 + 1e-12), new("z", 2.0) };

        var ranking = RankedList.Create("q", hits, new EvaluationOptions { Order = RankOrder.TrecEval });

        Assert.Equal(["z", "b", "a", "c"], ranking.DocIds);
    }

    [Fact]
    public void EvaluationOptions_NonPositiveDepth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationOptions { Depth = 0 });
    }
}
