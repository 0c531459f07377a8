using SearchAbstracts.Ingest;

namespace SearchAbstracts.Indexing;

/// <summary>What one indexing run did: counts, timings and every diagnostic, in input order.</summary>
public sealed record IndexBuildReport
{
    /// <summary>Files read (including those that turned out unreadable).</summary>
    public int Files { get; init; }

    /// <summary>Papers whose id was new to the index.</summary>
    public int Added { get; init; }

    /// <summary>Papers whose record changed (or repeated within the run) and were rewritten.</summary>
    public int Updated { get; init; }

    /// <summary>Papers already in the index exactly as read: left alone, nothing rewritten.</summary>
    public int Unchanged { get; init; }

    /// <summary>Papers deleted by <see cref="IndexingOptions.Prune"/> because their file no longer has them.</summary>
    public int Pruned { get; init; }

    /// <summary>Records that could not be read and were left out.</summary>
    public int Skipped { get; init; }

    /// <summary>Papers written (added plus updated).</summary>
    public int Indexed => Added + Updated;

    /// <summary>Errors and warnings, each with file and line.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Wall time of the run, reading and committing included.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>True when a path was missing or a file could not be read as text at all.</summary>
    public bool HasUnreadableInput { get; init; }

    /// <summary>True when the run was stopped early (<see cref="IndexingOptions.Cancellation"/>); what it wrote was committed.</summary>
    public bool Cancelled { get; init; }

    /// <summary>True when the run changed the index (and committed); false when there was nothing to write.</summary>
    public bool Committed { get; init; }

    /// <summary>True when any error was reported (records skipped, bad paths, empty or unreadable files).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
