using SearchAbstracts.Evaluation;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Evaluation;

/// <summary>Reads the real collections under <c>../shared/data</c> when they are there.</summary>
public sealed class SharedDataTests(ITestOutputHelper output)
{
    private static readonly string DataRoot = Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "data"));

    [Fact]
    public void SciFact_TrainQrelsAndQueries()
    {
        if (!Available("scifact"))
            return;

        var qrels = Qrels.Read(Path.Combine(DataRoot, "scifact", "qrels", "train.tsv"));
        var queries = EvalQueries.Read(Path.Combine(DataRoot, "scifact", "queries.jsonl"));

        // Counted with awk over train.tsv: 919 rows, 809 distinct query ids, every grade 1.
        Assert.Equal(809, qrels.QueryIds.Count);
        Assert.Equal(919, qrels.JudgmentCount);
        Assert.All(qrels.QueryIds, id => Assert.NotEmpty(qrels.RelevantDocs(id)));
        Assert.Equal(1, qrels.Grade("0", "31715818"));

        Assert.Equal(809, queries.Count);
        Assert.Equal(new EvalQuery("0", "0-dimensional biomaterials lack inductive properties."), queries[0]);
        var queryIds = queries.Select(q => q.Id).ToHashSet();
        Assert.All(qrels.QueryIds, id => Assert.Contains(id, queryIds));

        AssertIdealRunIsPerfect(qrels, EvaluationOptions.Default);
    }

    [Fact]
    public void Cranfield_GradedQrelsAndQueries()
    {
        if (!Available("cranfield"))
            return;

        var qrels = Qrels.Read(Path.Combine(DataRoot, "cranfield", "qrels", "test.tsv"));
        var queries = EvalQueries.Read(Path.Combine(DataRoot, "cranfield", "queries.jsonl"));

        // 1,837 rows for 225 queries, grades 0..4 (225 rows of grade 0); every query has a relevant doc.
        Assert.Equal(225, qrels.QueryIds.Count);
        Assert.Equal(1837, qrels.JudgmentCount);
        Assert.Equal(3, qrels.Grade("1", "184"));
        Assert.All(qrels.QueryIds, id => Assert.NotEmpty(qrels.RelevantDocs(id)));
        Assert.Equal(225, queries.Count);

        // Query and doc ids share one number space here, and query 225 judges doc 225 relevant (grade 2):
        // BEIR's self-hit rule would drop a real relevant doc, so Cranfield is evaluated without it.
        Assert.Equal(2, qrels.Grade("225", "225"));
        AssertIdealRunIsPerfect(qrels, new EvaluationOptions { DropSelfHits = false });
        var withDefaults = Evaluator.Evaluate(qrels, IdealRun(qrels));
        var q225 = withDefaults.ForQuery("225")!;
        Assert.Equal(q225.Relevant - 1, q225.RelevantRetrieved);
    }

    // A run listing each query's relevant docs by descending grade must score 1 on every metric.
    private static void AssertIdealRunIsPerfect(Qrels qrels, EvaluationOptions options)
    {
        var report = Evaluator.Evaluate(qrels, IdealRun(qrels), options);

        Assert.Equal(qrels.QueryIds.Count, report.Queries);
        Assert.Equal(1.0, report.Ndcg10, 10);
        Assert.Equal(1.0, report.Recall100, 10);
        Assert.Equal(1.0, report.Mrr10, 10);
        Assert.Equal(1.0, report.Map, 10);
    }

    private static Dictionary<string, IReadOnlyList<RankedDoc>> IdealRun(Qrels qrels) =>
        qrels.QueryIds.ToDictionary(
            id => id,
            id => (IReadOnlyList<RankedDoc>)[.. qrels.RelevantDocs(id).OrderByDescending(d => qrels.Grade(id, d)).Select(d => new RankedDoc(d, qrels.Grade(id, d)))]);

    private bool Available(string collection)
    {
        if (Directory.Exists(Path.Combine(DataRoot, collection)))
            return true;

        output.WriteLine($"{Path.Combine(DataRoot, collection)} not found; skipping the real-data check.");
        return false;
    }
}
