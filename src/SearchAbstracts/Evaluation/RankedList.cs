namespace SearchAbstracts.Evaluation;

/// <summary>
/// The ranking of one query as the metrics see it: doc ids in rank order (index 0 is rank 1),
/// with self-hits and repeated doc ids removed and cut to the evaluation depth.
/// </summary>
public sealed class RankedList
{
    private RankedList(string queryId, string[] docIds)
    {
        QueryId = queryId;
        DocIds = docIds;
    }

    /// <summary>The query the ranking answers.</summary>
    public string QueryId { get; }

    /// <summary>Doc ids in rank order; no id occurs twice.</summary>
    public IReadOnlyList<string> DocIds { get; }

    /// <summary>Number of ranked documents.</summary>
    public int Count => DocIds.Count;

    /// <summary>
    /// Normalises the hits of one query, in this order: (1) drop hits whose doc id equals
    /// <paramref name="queryId"/> (when <see cref="EvaluationOptions.DropSelfHits"/>); (2) keep only the first
    /// occurrence of a repeated doc id, in the order given; (3) order per <see cref="EvaluationOptions.Order"/>;
    /// (4) keep the first <see cref="EvaluationOptions.Depth"/>.
    /// </summary>
    public static RankedList Create(string queryId, IEnumerable<RankedDoc> hits, EvaluationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(queryId);
        ArgumentNullException.ThrowIfNull(hits);
        options ??= EvaluationOptions.Default;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<RankedDoc>();
        foreach (var hit in hits)
        {
            if (options.DropSelfHits && string.Equals(hit.DocId, queryId, StringComparison.Ordinal))
                continue;
            if (seen.Add(hit.DocId))
                kept.Add(hit);
        }

        if (options.Order == RankOrder.TrecEval)
            kept.Sort(CompareTrecEval);

        var count = Math.Min(kept.Count, options.Depth);
        var docIds = new string[count];
        for (var i = 0; i < count; i++)
            docIds[i] = kept[i].DocId;
        return new RankedList(queryId, docIds);
    }

    /// <summary>A ranking given as doc ids in rank order, normalised like <see cref="Create"/>.</summary>
    public static RankedList FromDocIds(string queryId, params IEnumerable<string> docIds)
    {
        ArgumentNullException.ThrowIfNull(docIds);
        return Create(queryId, docIds.Select(id => new RankedDoc(id, 0)));
    }

    // trec_eval's comp_sim_docno: sim descending (a C float), then docno descending by strcmp.
    private static int CompareTrecEval(RankedDoc a, RankedDoc b)
    {
        var bySim = ((float)b.Score).CompareTo((float)a.Score);
        return bySim != 0 ? bySim : string.CompareOrdinal(b.DocId, a.DocId);
    }
}
