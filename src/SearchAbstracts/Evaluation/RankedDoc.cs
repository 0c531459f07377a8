namespace SearchAbstracts.Evaluation;

/// <summary>One retrieved document of a run: its id and the score the system gave it.</summary>
/// <param name="DocId">The document id, as used in the qrels.</param>
/// <param name="Score">The retrieval score; higher is better. Only <see cref="RankOrder.TrecEval"/> looks at it.</param>
public readonly record struct RankedDoc(string DocId, double Score);
