namespace SearchAbstracts.Ingest;

/// <summary>
/// Why a BibTeX entry cannot be parsed. Thrown from inside the value readers so each stays a plain "read this"
/// call; caught once per entry, where it becomes an error diagnostic and reading resumes at the next entry.
/// </summary>
/// <param name="reason">The problem and where it is, e.g. <c>expected "," … but found "a" on line 14</c>.</param>
internal sealed class BibtexSyntaxException(string reason) : Exception(reason);
