namespace SearchAbstracts.Indexing;

/// <summary>How far an indexing run has got.</summary>
/// <param name="File">The file being read, as named.</param>
/// <param name="FileNumber">Its 1-based number among <paramref name="Files"/>.</param>
/// <param name="Files">Files to read in this run.</param>
/// <param name="BytesRead">Bytes read so far from all files (compressed bytes for <c>.gz</c>).</param>
/// <param name="TotalBytes">The size of all files together.</param>
/// <param name="Records">Records read so far (written, unchanged or skipped).</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record IndexProgress(string File, int FileNumber, int Files, long BytesRead, long TotalBytes, int Records, TimeSpan Elapsed)
{
    /// <summary>Records per second so far.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Records / Elapsed.TotalSeconds : 0;

    /// <summary>The time left at the rate so far, by bytes; null until there is a rate to go by.</summary>
    public TimeSpan? Remaining => BytesRead > 0 && TotalBytes >= BytesRead && Elapsed > TimeSpan.Zero
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (TotalBytes - BytesRead) / BytesRead)
        : null;
}
