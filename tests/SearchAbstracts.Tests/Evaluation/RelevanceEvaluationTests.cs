using SearchAbstracts.Evaluation;
using SearchAbstracts.Ranking;

namespace SearchAbstracts.Tests.Evaluation;

/// <summary>End to end on a small judged fixture: index → ranked run → metrics.</summary>
public sealed class RelevanceEvaluationTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
        TestPapers.Make("d1", "Quantization of large language models", "Low-bit weights shrink memory."),
        TestPapers.Make("d2", "Pipeline parallelism for training", "Stages overlap to keep devices busy."),
        TestPapers.Make("d3", "Memory allocators", "A fast allocator for supercomputers."),
        TestPapers.Make("d4", "Sparse experts", "Mixture of experts layers route tokens."));

    private readonly Qrels _qrels = Qrels.FromJudgments(
    [
        new Judgment("q1", "d1", 2),
        new Judgment("q2", "d2", 1),
        new Judgment("q3", "d3", 1),
    ]);

    private readonly IReadOnlyList<EvalQuery> _queries =
    [
        new EvalQuery("q1", "quantization: low-bit (LLM) weights?"),
        new EvalQuery("q2", "pipeline parallelism"),
        new EvalQuery("q3", "no matching words here at all"),
        new EvalQuery("q9", "unjudged query about experts"),
    ];

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("baseline-flat")]
    [InlineData("default")]
    public void Run_SmallFixture_ScoresEveryJudgedQuery(string profile)
    {
        var run = RelevanceEvaluation.Run(_temp.Index, _queries, _qrels, RankingProfile.Parse(profile));

        // q1 and q2 find their one relevant paper first (nDCG 1 each); q3 finds nothing (0) but still counts.
        Assert.Equal(3, run.Report.Queries);
        Assert.Equal(2.0 / 3, run.Report.Ndcg10, 6);
        Assert.Equal(2.0 / 3, run.Report.Mrr10, 6);
        Assert.Equal("d1", run.Run["q1"][0].DocId);
        Assert.False(run.Run.ContainsKey("q9"));
    }

    [Fact]
    public void Run_QueryWithSyntaxCharacters_IsReadAsPlainWords()
    {
        var run = RelevanceEvaluation.Run(_temp.Index, _queries, _qrels, RankingProfile.BaselineFlat);

        Assert.Equal(["d1"], run.Run["q1"].Select(h => h.DocId));
    }
}
