namespace SearchAbstracts.Evaluation;

/// <summary>
/// Per-query ranking metrics with trec_eval semantics. Each takes the query's normalised ranking
/// (<see cref="RankedList"/>; rank <c>i</c> is <c>DocIds[i - 1]</c>) and the qrels, and returns a value in [0, 1].
/// A document is relevant when its grade is &gt; 0 (trec_eval's default <c>-l 1</c>); unjudged documents count
/// as non-relevant. <c>R</c> is the number of relevant documents of the query in the qrels, retrieved or not.
/// A query without relevant documents (unjudged, or judged all 0) scores 0 on every metric, as in trec_eval.
/// </summary>
public static class Metrics
{
    /// <summary>
    /// nDCG@k as trec_eval <c>ndcg_cut.k</c>:
    /// <c>DCG@k = Σ_{i=1..k} g_i / log2(i + 1)</c> with linear gain <c>g_i</c> = the qrels grade of the document at
    /// rank <c>i</c> (0 when unjudged or non-positive; not <c>2^g − 1</c>);
    /// <c>IDCG@k</c> = the same sum over <see cref="Qrels.IdealGains"/> (all positive grades of the query, sorted
    /// descending, cut at k); <c>nDCG@k = DCG@k / IDCG@k</c>, or 0 when IDCG is 0.
    /// </summary>
    public static double NdcgAt(Qrels qrels, RankedList ranking, int k)
    {
        Check(qrels, ranking, k);
        var ideal = qrels.IdealGains(ranking.QueryId);
        if (ideal.Count == 0)
            return 0;

        var idcg = 0.0;
        for (var i = 0; i < Math.Min(k, ideal.Count); i++)
            idcg += ideal[i] / Discount(i + 1);

        var dcg = 0.0;
        var docs = ranking.DocIds;
        for (var i = 0; i < Math.Min(k, docs.Count); i++)
        {
            var gain = qrels.Grade(ranking.QueryId, docs[i]);
            if (gain > 0)
                dcg += gain / Discount(i + 1);
        }

        return dcg / idcg;
    }

    /// <summary>
    /// Recall@k as trec_eval <c>recall.k</c>: <c>|relevant ∩ top k| / R</c>; 0 when R is 0.
    /// </summary>
    public static double RecallAt(Qrels qrels, RankedList ranking, int k)
    {
        Check(qrels, ranking, k);
        var relevant = qrels.RelevantDocs(ranking.QueryId).Count;
        return relevant == 0 ? 0 : (double)RelevantInTop(qrels, ranking, k) / relevant;
    }

    /// <summary>
    /// Reciprocal rank cut at k: <c>1 / r</c> where <c>r</c> is the rank of the first relevant document if
    /// <c>r ≤ k</c>, else 0. The mean over queries is MRR@k as BEIR reports it; trec_eval's <c>recip_rank</c> is the
    /// same without the cut.
    /// </summary>
    public static double ReciprocalRankAt(Qrels qrels, RankedList ranking, int k)
    {
        Check(qrels, ranking, k);
        var docs = ranking.DocIds;
        for (var i = 0; i < Math.Min(k, docs.Count); i++)
        {
            if (qrels.IsRelevant(ranking.QueryId, docs[i]))
                return 1.0 / (i + 1);
        }

        return 0;
    }

    /// <summary>
    /// Average precision cut at k, as trec_eval <c>map_cut.k</c> (and <c>map</c> when the run is cut at k with
    /// <c>-M k</c>): <c>AP@k = (Σ_{i ≤ k, doc i relevant} P@i) / R</c>, where <c>P@i</c> = relevant in the top
    /// <c>i</c> ÷ <c>i</c>. Relevant documents not retrieved in the top k contribute 0 but still count in R.
    /// 0 when R is 0.
    /// </summary>
    public static double AveragePrecisionAt(Qrels qrels, RankedList ranking, int k)
    {
        Check(qrels, ranking, k);
        var relevant = qrels.RelevantDocs(ranking.QueryId).Count;
        if (relevant == 0)
            return 0;

        var found = 0;
        var sum = 0.0;
        var docs = ranking.DocIds;
        for (var i = 0; i < Math.Min(k, docs.Count); i++)
        {
            if (qrels.IsRelevant(ranking.QueryId, docs[i]))
            {
                found++;
                sum += (double)found / (i + 1);
            }
        }

        return sum / relevant;
    }

    /// <summary>Relevant documents (grade &gt; 0) among the first <paramref name="k"/> of the ranking.</summary>
    public static int RelevantInTop(Qrels qrels, RankedList ranking, int k)
    {
        Check(qrels, ranking, k);
        var count = 0;
        var docs = ranking.DocIds;
        for (var i = 0; i < Math.Min(k, docs.Count); i++)
        {
            if (qrels.IsRelevant(ranking.QueryId, docs[i]))
                count++;
        }

        return count;
    }

    // The log2 discount of 1-based rank r; trec_eval: "i+2 since doc i has rank i+1".
    private static double Discount(int rank) => Math.Log2(rank + 1);

    private static void Check(Qrels qrels, RankedList ranking, int k)
    {
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
    }
}
