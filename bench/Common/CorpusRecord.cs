namespace SearchAbstracts.Bench;

/// <summary>One BEIR corpus line: <c>_id</c>, <c>title</c> and <c>text</c> (the abstract); metadata is not read.</summary>
internal sealed record CorpusRecord(string Id, string Title, string Text);
