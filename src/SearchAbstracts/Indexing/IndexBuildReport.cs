using SearchAbstracts.Ingest;

namespace SearchAbstracts.Indexing;

/// <summary>What one indexing run did: counts, timings and every diagnostic, in input order.</summary>
/// <param name="Files">Listing files read (including those that turned out unreadable).</param>
/// <param name="Indexed">Papers written (added plus replaced).</param>
/// <param name="Added">Papers whose id was new to the index.</param>
/// <param name="Replaced">Papers that replaced one with the same id.</param>
/// <param name="Skipped">Records that could not be read and were left out.</param>
/// <param name="Diagnostics">Errors and warnings, each with file and line.</param>
/// <param name="Elapsed">Wall time of the run, reading and committing included.</param>
public sealed record IndexBuildReport(
    int Files,
    int Indexed,
    int Added,
    int Replaced,
    int Skipped,
    IReadOnlyList<Diagnostic> Diagnostics,
    TimeSpan Elapsed)
{
    /// <summary>True when a path was missing or a file could not be read as text at all.</summary>
    public bool HasUnreadableInput { get; init; }

    /// <summary>True when any error was reported (records skipped, bad paths, empty or unreadable files).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
