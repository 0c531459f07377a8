namespace SearchAbstracts.Ingest;

/// <summary>One record of a CSV or TSV file: its fields, or why it could not be split into fields.</summary>
/// <param name="Line">The 1-based physical line where the record starts (a quoted field may span lines).</param>
/// <param name="Fields">The fields, unquoted, with CRLF inside quoted fields turned into LF.</param>
/// <param name="Error">Why the record is broken (an unclosed quote), or null.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, string? Error = null)
{
    /// <summary>True for an empty line or one of delimiters only, which spreadsheets leave at the end.</summary>
    public bool IsBlank => Error is null && Fields.All(string.IsNullOrWhiteSpace);
}
