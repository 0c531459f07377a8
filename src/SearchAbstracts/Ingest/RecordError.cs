namespace SearchAbstracts.Ingest;

/// <summary>Why a record is skipped.</summary>
/// <param name="Line">1-based line the diagnostic points at.</param>
/// <param name="Message">The problem, naming the bad text; "; record skipped" is appended when reported.</param>
/// <param name="ResumeAt">Line index from which the next record is searched; always past the record's first line.</param>
internal sealed record RecordError(int Line, string Message, int ResumeAt);
