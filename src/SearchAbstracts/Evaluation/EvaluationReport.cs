namespace SearchAbstracts.Evaluation;

/// <summary>
/// The result of <see cref="Evaluator.Evaluate(Qrels, IReadOnlyDictionary{string, IReadOnlyList{RankedDoc}}, int)"/>:
/// metric means over every judged query, and the per-query values they were averaged from.
/// </summary>
public sealed class EvaluationReport
{
    private readonly Dictionary<string, QueryScores> byId;

    internal EvaluationReport(IReadOnlyList<QueryScores> perQuery, int unjudgedRunQueries)
    {
        PerQuery = perQuery;
        UnjudgedRunQueries = unjudgedRunQueries;
        byId = perQuery.ToDictionary(q => q.QueryId, StringComparer.Ordinal);
        Ndcg10 = Mean(q => q.Ndcg10);
        Recall100 = Mean(q => q.Recall100);
        Recall1000 = Mean(q => q.Recall1000);
        Mrr10 = Mean(q => q.Mrr10);
        Map = Mean(q => q.Map);
        QueriesWithoutHits = perQuery.Count(q => q.Retrieved == 0);
    }

    /// <summary>Mean nDCG@10.</summary>
    public double Ndcg10 { get; }

    /// <summary>Mean Recall@100.</summary>
    public double Recall100 { get; }

    /// <summary>Mean Recall@1000.</summary>
    public double Recall1000 { get; }

    /// <summary>MRR@10: mean reciprocal rank cut at 10.</summary>
    public double Mrr10 { get; }

    /// <summary>MAP: mean average precision at the evaluation depth (MAP@1000 by default).</summary>
    public double Map { get; }

    /// <summary>Number of queries averaged over: every query id in the qrels.</summary>
    public int Queries => PerQuery.Count;

    /// <summary>Judged queries for which the run had no hits (they score 0 and still count).</summary>
    public int QueriesWithoutHits { get; }

    /// <summary>Queries of the run that have no judgments; they are ignored (a large number hints at mismatched ids).</summary>
    public int UnjudgedRunQueries { get; }

    /// <summary>Per-query values, in the order of <see cref="Qrels.QueryIds"/>.</summary>
    public IReadOnlyList<QueryScores> PerQuery { get; }

    /// <summary>The values of one query, or null when it is not among <see cref="PerQuery"/>.</summary>
    public QueryScores? ForQuery(string queryId) => byId.GetValueOrDefault(queryId);

    private double Mean(Func<QueryScores, double> metric)
    {
        if (PerQuery.Count == 0)
            return 0;

        var sum = 0.0;
        foreach (var q in PerQuery)
            sum += metric(q);
        return sum / PerQuery.Count;
    }
}
