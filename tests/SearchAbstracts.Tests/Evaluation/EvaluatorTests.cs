using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private const int Precision = 10;

    private static Dictionary<string, IReadOnlyList<RankedDoc>> Run(params (string QueryId, string[] DocIds)[] queries) =>
        queries.ToDictionary(
            q => q.QueryId,
            q => (IReadOnlyList<RankedDoc>)[.. q.DocIds.Select((d, i) => new RankedDoc(d, q.DocIds.Length - i))]);

    [Fact]
    public void Evaluate_JudgedQueryWithoutResults_CountsAsZeroInTheMean()
    {
        var qrels = Qrels.FromJudgments([new("q1", "d1", 1), new("q2", "d2", 1)]);

        var report = Evaluator.Evaluate(qrels, Run(("q1", ["d1"])));

        // q1 is perfect (1), q2 has no hits (0): every mean is (1 + 0) / 2.
        Assert.Equal(2, report.Queries);
        Assert.Equal(1, report.QueriesWithoutHits);
        Assert.Equal(0.5, report.Ndcg10, Precision);
        Assert.Equal(0.5, report.Recall100, Precision);
        Assert.Equal(0.5, report.Recall1000, Precision);
        Assert.Equal(0.5, report.Mrr10, Precision);
        Assert.Equal(0.5, report.Map, Precision);
        Assert.Equal(0.0, report.ForQuery("q2")!.Ndcg10);
    }

    [Fact]
    public void Evaluate_MeansOverAllQrelsQueries_IncludingAllZeroJudgedQuery_IgnoringUnjudgedRunQuery()
    {
        // q1..q3 have one relevant doc each; q4 is judged but only non-relevant.
        var qrels = Qrels.FromJudgments(
            [new("q1", "d1", 1), new("q2", "d2", 1), new("q3", "d3", 1), new("q4", "d9", 0)]);
        var run = Run(("q1", ["d1", "x"]), ("q2", ["x", "d2"]), ("q4", ["d9"]), ("q9", ["d1"]));

        var report = Evaluator.Evaluate(qrels, run);

        // Per query (nDCG@10, Recall@100, RR@10, AP):
        //   q1: d1 at rank 1 → 1, 1, 1, 1
        //   q2: d2 at rank 2 → (1/log2(3)) / 1 = 0.6309298, 1, 1/2, 1/2
        //   q3: no hits → 0, 0, 0, 0
        //   q4: nothing relevant → 0, 0, 0, 0
        // Means over 4 queries: nDCG (1 + 0.6309298) / 4 = 0.4077324; recall 2/4; MRR and MAP 1.5/4 = 0.375.
        Assert.Equal(4, report.Queries);
        Assert.Equal(0.4077324383928644, report.Ndcg10, Precision);
        Assert.Equal(0.5, report.Recall100, Precision);
        Assert.Equal(0.375, report.Mrr10, Precision);
        Assert.Equal(0.375, report.Map, Precision);
        Assert.Equal(1, report.QueriesWithoutHits);
        Assert.Equal(1, report.UnjudgedRunQueries);
        Assert.Equal(["q1", "q2", "q3", "q4"], report.PerQuery.Select(q => q.QueryId));
        Assert.Equal(new QueryScores("q2", 0.6309297535714575, 1, 1, 0.5, 0.5, Retrieved: 2, Relevant: 1, RelevantRetrieved: 1), report.ForQuery("q2"));
        Assert.Null(report.ForQuery("q9"));
    }

    [Fact]
    public void Evaluate_HitWithQueryIdAsDocId_IsDroppedBeforeRanking()
    {
        var qrels = Qrels.FromJudgments([new("7", "d1", 1)]);
        var run = Run(("7", ["7", "d1"]));

        // Without the self-hit d1 is at rank 1 → RR 1; kept, d1 is at rank 2 → RR 1/2.
        Assert.Equal(1.0, Evaluator.Evaluate(qrels, run).Mrr10, Precision);
        Assert.Equal(0.5, Evaluator.Evaluate(qrels, run, new EvaluationOptions { DropSelfHits = false }).Mrr10, Precision);
    }

    [Fact]
    public void Evaluate_DuplicateDocIds_KeepFirstOccurrence()
    {
        var qrels = Qrels.FromJudgments([new("q", "d1", 1), new("q", "d2", 1)]);

        // [x, x, d1, d1, d2] is scored as [x, d1, d2]:
        //   AP = (1/2 + 2/3) / 2 = 0.5833333
        //   nDCG@10 = (1/log2(3) + 1/log2(4)) / (1 + 1/log2(3)) = 1.1309298 / 1.6309298 = 0.6934264
        var report = Evaluator.Evaluate(qrels, Run(("q", ["x", "x", "d1", "d1", "d2"])));

        Assert.Equal(0.5833333333333333, report.Map, Precision);
        Assert.Equal(0.6934264036172708, report.Ndcg10, Precision);
        Assert.Equal(3, report.PerQuery[0].Retrieved);
    }

    [Fact]
    public void Evaluate_Depth_CutsTheRanking()
    {
        var qrels = Qrels.FromJudgments([new("q", "d2", 1)]);

        var report = Evaluator.Evaluate(qrels, Run(("q", ["d1", "d2"])), depth: 1);

        Assert.Equal(1, report.PerQuery[0].Retrieved);
        Assert.Equal(0.0, report.Recall1000);
    }

    [Fact]
    public void Evaluate_TrecEvalOrder_BreaksScoreTiesByDocIdDescending()
    {
        var qrels = Qrels.FromJudgments([new("q", "b", 1)]);
        var run = new Dictionary<string, IReadOnlyList<RankedDoc>> { ["q"] = [new("a", 1), new("b", 1)] };

        // As given, b is at rank 2 (RR 1/2); trec_eval puts "b" before "a" on the tie (RR 1).
        Assert.Equal(0.5, Evaluator.Evaluate(qrels, run).Mrr10, Precision);
        Assert.Equal(1.0, Evaluator.Evaluate(qrels, run, new EvaluationOptions { Order = RankOrder.TrecEval }).Mrr10, Precision);
    }

    [Fact]
    public void Evaluate_NoJudgedQueries_GivesZeroNotNaN()
    {
        var report = Evaluator.Evaluate(Qrels.FromJudgments([]), Run(("q", ["d"])));

        Assert.Equal(0, report.Queries);
        Assert.Equal(0.0, report.Ndcg10);
    }

    [Fact]
    public void Evaluate_ThousandQueriesOfThousandHits()
    {
        // Query i has its one relevant doc at rank (i mod 20) + 1, so 50 queries each at ranks 1..20.
        // MRR@10 = (1/1 + 1/2 + ... + 1/10) / 20 = 2.9289683 / 20 = 0.1464484; every relevant doc is in the top 100.
        var judgments = new List<Judgment>();
        var run = new Dictionary<string, IReadOnlyList<RankedDoc>>();
        for (var q = 0; q < 1000; q++)
        {
            var relevantRank = (q % 20) + 1;
            judgments.Add(new($"q{q}", $"q{q}-d{relevantRank}", 1));
            run[$"q{q}"] = [.. Enumerable.Range(1, 1000).Select(r => new RankedDoc($"q{q}-d{r}", 1000 - r))];
        }

        var report = Evaluator.Evaluate(Qrels.FromJudgments(judgments), run);

        Assert.Equal(1000, report.Queries);
        Assert.Equal(0.1464484126984127, report.Mrr10, Precision);
        Assert.Equal(1.0, report.Recall100, Precision);
        Assert.All(report.PerQuery, q => Assert.Equal(1000, q.Retrieved));
    }
}
