namespace SearchAbstracts.Ingest;

/// <summary>
/// A problem found while reading input, tied to a place in a file. Per-record problems are values,
/// not exceptions, so one bad record never stops the others from being read.
/// </summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Severity">Whether the record or file was skipped (error) or only looks suspicious (warning).</param>
/// <param name="Message">A sentence naming the problem and, where possible, the fix.</param>
public sealed record Diagnostic(string File, int Line, DiagnosticSeverity Severity, string Message)
{
    /// <summary>Formats as <c>file:line: error: message</c> (compiler style, so editors can jump to it).</summary>
    public override string ToString()
    {
        var level = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        return Line > 0 ? $"{File}:{Line}: {level}: {Message}" : $"{File}: {level}: {Message}";
    }
}
