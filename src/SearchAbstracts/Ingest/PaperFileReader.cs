namespace SearchAbstracts.Ingest;

/// <summary>Reads a file of papers in whichever supported format it is, chosen by its name.</summary>
public static class PaperFileReader
{
    // Listings have no fixed extension (they are saved pages), so anything not recognised here is read as one.
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"];

    /// <summary>Reads one file with <see cref="JsonLinesReader"/> or <see cref="ListingReader"/>.</summary>
    /// <param name="path">The file as the user named it; used unchanged in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <param name="format">The format, or null to go by <see cref="DetectFormat"/>.</param>
    /// <returns>The papers and diagnostics; never throws for bad or missing files.</returns>
    public static PaperReadResult ReadFile(string path, PaperFileFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return (format ?? DetectFormat(path)) switch
        {
            PaperFileFormat.JsonLines => JsonLinesReader.ReadFile(path),
            _ => ListingReader.ReadFile(path),
        };
    }

    /// <summary>
    /// Streams one file: each paper goes to <paramref name="onPaper"/> (with its line, or 0 when the format does
    /// not say) as it is read, and <paramref name="onBytesRead"/> hears how many bytes of the file were read.
    /// JSON Lines corpora are read in constant memory; the other formats are small and read whole first.
    /// </summary>
    /// <returns>The diagnostics and counts, with an empty <see cref="PaperReadResult.Papers"/>.</returns>
    internal static PaperReadResult Stream(string path, PaperFileFormat? format, Action<Paper, int> onPaper, Action<long> onBytesRead,
        CancellationToken cancellation)
    {
        var chosen = format ?? DetectFormat(path);
        if (chosen == PaperFileFormat.JsonLines)
        {
            return JsonLinesReader.ReadFile(path, onPaper, onBytesRead, cancellation);
        }
        var result = ReadFile(path, chosen);
        onBytesRead(SizeOf(path));
        foreach (var paper in result.Papers)
        {
            if (cancellation.IsCancellationRequested)
            {
                break;
            }
            onPaper(paper, 0);
        }
        return result with { Papers = [] };
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (FileReadProblem.IsReadFailure(e))
        {
            return 0;
        }
    }

    /// <summary>
    /// <see cref="PaperFileFormat.JsonLines"/> for names ending in <c>.jsonl</c>, <c>.jsonl.gz</c>, <c>.ndjson</c> or
    /// <c>.ndjson.gz</c> (any case); <see cref="PaperFileFormat.Listing"/> for everything else.
    /// </summary>
    /// <param name="path">A file name or path; only its end is looked at.</param>
    public static PaperFileFormat DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var extension in JsonLinesExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return PaperFileFormat.JsonLines;
        }
        return PaperFileFormat.Listing;
    }
}
