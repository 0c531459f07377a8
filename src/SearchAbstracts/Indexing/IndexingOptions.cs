using SearchAbstracts.Ingest;

namespace SearchAbstracts.Indexing;

/// <summary>How <see cref="AbstractsIndex.AddFiles(IEnumerable{string}, IndexingOptions?)"/> reads and writes.</summary>
public sealed record IndexingOptions
{
    /// <summary>Threads that analyze and write papers while one more reads the input.</summary>
    /// <value>Default: the number of processors. 1 does everything on the calling thread.</value>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Read every file in this format instead of going by its name and content.</summary>
    /// <value>Default null: detect.</value>
    public PaperFileFormat? Format { get; init; }

    /// <summary>For CSV and TSV files: user mappings of column names to paper fields (<c>--map column=field</c>).</summary>
    /// <value>Default null: columns are recognised by their names.</value>
    public CsvColumnMap? CsvMap { get; init; }

    /// <summary>
    /// Delete papers that came from one of the files read but are no longer in it. A file with unreadable records
    /// is not pruned (its missing papers may only be mis-typed), and neither is a run stopped early.
    /// </summary>
    /// <value>Default false.</value>
    public bool Prune { get; init; }

    /// <summary>
    /// Commit at least this often while indexing, so that a crash or Ctrl+C loses at most this much work and a
    /// rerun skips what was committed (unchanged records are not rewritten).
    /// </summary>
    /// <value>Default 10 seconds.</value>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Memory for papers added but not yet written to disk, in MB (see <see cref="AbstractsIndex.WriterBudgetMB"/>); tests make it small.</summary>
    internal double MemoryBudgetMB { get; init; } = AbstractsIndex.WriterBudgetMB;

    /// <summary>Told how far the run has got, about four times a second and once at the end.</summary>
    /// <value>Default null.</value>
    public IProgress<IndexProgress>? Progress { get; init; }

    /// <summary>Stops the run at the next record: what was written is committed and the report says it was cancelled.</summary>
    public CancellationToken Cancellation { get; init; }
}
