namespace SearchAbstracts.Evaluation;

/// <summary>One test query of a collection.</summary>
/// <param name="Id">The query id, as used in the qrels (<c>_id</c> in <c>queries.jsonl</c>; numbers become their digits).</param>
/// <param name="Text">The query text, verbatim.</param>
public sealed record EvalQuery(string Id, string Text);
