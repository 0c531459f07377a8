namespace SearchAbstracts.Evaluation;

/// <summary>How the hits of a run are put in rank order before scoring.</summary>
public enum RankOrder
{
    /// <summary>
    /// The list order is the rank order; scores are ignored, so tied scores keep the order the engine
    /// returned them in (for Lucene: ascending internal doc number). The default.
    /// </summary>
    AsGiven,

    /// <summary>
    /// What trec_eval (and pytrec_eval) do: sort by score descending, compared as 32-bit floats as
    /// trec_eval stores them, ties broken by doc id descending (ordinal, as <c>strcmp</c>). Use it to
    /// reproduce trec_eval's numbers exactly on a run with tied scores.
    /// </summary>
    TrecEval,
}
