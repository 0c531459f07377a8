namespace SearchAbstracts.Evaluation;

/// <summary>
/// Scores a run (per query, hits in rank order) against qrels, with the conventions of trec_eval <c>-c -M depth</c>
/// and BEIR.
/// </summary>
/// <remarks>
/// <para>
/// Which queries are averaged over: every query id that appears in the qrels, whatever the run contains.
/// A judged query the run has no hits for scores 0 and still counts (trec_eval <c>-c</c>). Run queries
/// without judgments are ignored (trec_eval skips them; they are counted in
/// <see cref="EvaluationReport.UnjudgedRunQueries"/>).
/// </para>
/// <para>
/// Queries whose judgments are all 0 (no relevant document) also count, scoring 0 on every metric. That is
/// what current tools do: trec_eval 9 ignores only queries with no relevance information at all (its
/// README notes that only very old versions dropped queries without relevant documents), and with
/// <c>-c</c> divides by the number of queries in the qrels; pytrec_eval evaluates every query present in
/// both qrels and run, BEIR keeps grade-0 rows when loading qrels, and BEIR's MRR divides by the number of
/// qrels queries. Dropping such queries would raise every mean and break comparison with published
/// numbers. (SciFact and Cranfield have no such query: every judged query there has a relevant document.)
/// </para>
/// </remarks>
public static class Evaluator
{
    /// <summary>Evaluates with default options and the given depth (hits kept per query).</summary>
    public static EvaluationReport Evaluate(Qrels qrels, IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> run, int depth = 1000) =>
        Evaluate(qrels, run, EvaluationOptions.Default with { Depth = depth });

    /// <summary>
    /// Evaluates <paramref name="run"/>: each query's hits are normalised by <see cref="RankedList.Create"/>
    /// (self-hits dropped, first occurrence of a repeated doc kept, ordered, cut to the depth) and scored by
    /// <see cref="Metrics"/>.
    /// </summary>
    public static EvaluationReport Evaluate(Qrels qrels, IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> run, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(options);

        var perQuery = new List<QueryScores>(qrels.QueryIds.Count);
        foreach (var queryId in qrels.QueryIds)
        {
            var hits = run.TryGetValue(queryId, out var h) && h is not null ? h : [];
            perQuery.Add(Score(qrels, RankedList.Create(queryId, hits, options), options.Depth));
        }

        var unjudged = run.Keys.Count(id => !qrels.IsJudged(id));
        return new EvaluationReport(perQuery, unjudged);
    }

    private static QueryScores Score(Qrels qrels, RankedList ranking, int depth) =>
        new(
            ranking.QueryId,
            Ndcg10: Metrics.NdcgAt(qrels, ranking, 10),
            Recall100: Metrics.RecallAt(qrels, ranking, 100),
            Recall1000: Metrics.RecallAt(qrels, ranking, 1000),
            Mrr10: Metrics.ReciprocalRankAt(qrels, ranking, 10),
            Map: Metrics.AveragePrecisionAt(qrels, ranking, depth),
            Retrieved: ranking.Count,
            Relevant: qrels.RelevantDocs(ranking.QueryId).Count,
            RelevantRetrieved: Metrics.RelevantInTop(qrels, ranking, depth));
}
