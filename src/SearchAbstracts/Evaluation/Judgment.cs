namespace SearchAbstracts.Evaluation;

/// <summary>One relevance judgment: how relevant a document is to a query.</summary>
/// <param name="QueryId">The query (BEIR <c>query-id</c>).</param>
/// <param name="DocId">The document (BEIR <c>corpus-id</c>).</param>
/// <param name="Grade">Graded relevance; 0 (or less) means judged non-relevant, above 0 relevant.</param>
public sealed record Judgment(string QueryId, string DocId, int Grade);
