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
