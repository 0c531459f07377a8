namespace SearchAbstracts.Ingest;

/// <summary>What reading one input file (a listing or a JSON Lines corpus) produced.</summary>
/// <param name="Papers">The records read, in file order.</param>
/// <param name="Diagnostics">Errors (records or the file skipped) and warnings, in file order.</param>
public sealed record PaperReadResult(IReadOnlyList<Paper> Papers, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// True when nothing could be read from the file at all: it could not be opened, it is not UTF-8 text,
    /// or (for <c>.gz</c> files) it is not valid gzip. An empty file is not unreadable; it is reported as
    /// containing no records.
    /// </summary>
    public bool Unreadable { get; init; }

    /// <summary>How many records were recognised but skipped because of an error (each has one error diagnostic).</summary>
    public int Skipped { get; init; }
}
