namespace SearchAbstracts.Ingest;

/// <summary>Reads a file of papers in whichever supported format it is, chosen by its name and content.</summary>
public static class PaperFileReader
{
    private static readonly (string Extension, PaperFileFormat Format)[] Extensions =
    [
        (".jsonl", PaperFileFormat.JsonLines), (".jsonl.gz", PaperFileFormat.JsonLines),
        (".ndjson", PaperFileFormat.JsonLines), (".ndjson.gz", PaperFileFormat.JsonLines),
        (".bib", PaperFileFormat.Bibtex), (".bibtex", PaperFileFormat.Bibtex),
        (".ris", PaperFileFormat.Ris),
        (".csv", PaperFileFormat.Csv), (".tsv", PaperFileFormat.Tsv), (".tab", PaperFileFormat.Tsv),
    ];

    /// <summary>Reads one file whole, in the given format or the detected one (<see cref="DetectFormat"/>).</summary>
    /// <param name="path">The file as the user named it; used unchanged in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <param name="format">The format, or null to detect it.</param>
    /// <param name="csvMap">For CSV and TSV: user mappings of column names to fields, or null.</param>
    /// <returns>The papers and diagnostics; never throws for bad or missing files.</returns>
    public static PaperReadResult ReadFile(string path, PaperFileFormat? format = null, CsvColumnMap? csvMap = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return (format ?? DetectFormat(path)) switch
        {
            PaperFileFormat.JsonLines => JsonLinesReader.ReadFile(path),
            PaperFileFormat.Bibtex => BibtexReader.ReadFile(path),
            PaperFileFormat.Ris => RisReader.ReadFile(path),
            PaperFileFormat.Csv => CsvReader.ReadFile(path, ',', csvMap),
            PaperFileFormat.Tsv => CsvReader.ReadFile(path, '\t', csvMap),
            _ => ListingReader.ReadFile(path),
        };
    }

    /// <summary>
    /// Streams one file: each paper goes to <paramref name="onPaper"/> (with its line, or 0 when the format does
    /// not say) as it is read, and <paramref name="onBytesRead"/> hears how many bytes of the file were read.
    /// JSON Lines corpora are read in constant memory; the other formats are small and read whole first.
    /// </summary>
    /// <returns>The diagnostics and counts, with an empty <see cref="PaperReadResult.Papers"/>.</returns>
    internal static PaperReadResult Stream(string path, PaperFileFormat? format, CsvColumnMap? csvMap, Action<Paper, int> onPaper,
        Action<long> onBytesRead, CancellationToken cancellation)
    {
        var chosen = format ?? DetectFormat(path);
        if (chosen == PaperFileFormat.JsonLines)
        {
            return JsonLinesReader.ReadFile(path, onPaper, onBytesRead, cancellation);
        }
        var result = ReadFile(path, chosen, csvMap);
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

    /// <summary>
    /// The format by the file name's extension (<c>.jsonl</c>, <c>.jsonl.gz</c>, <c>.ndjson</c>, <c>.bib</c>,
    /// <c>.ris</c>, <c>.csv</c>, <c>.tsv</c>, any case); for any other name, by the first few KB of content
    /// (an <c>@article{</c>, a <c>TY  - </c> line, a JSON object, a header row); a listing when nothing else fits.
    /// </summary>
    /// <param name="path">The file; its content is only read when the name does not tell.</param>
    public static PaperFileFormat DetectFormat(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        foreach (var (extension, format) in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                return format;
        }
        return Sniff(path) ?? PaperFileFormat.Listing;
    }

    private static PaperFileFormat? Sniff(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            var head = new byte[ContentSniffer.HeadLength];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return ContentSniffer.Detect(head.AsSpan(0, read));
        }
        catch (Exception e) when (FileReadProblem.IsReadFailure(e))
        {
            return null; // the listing reader will say what is wrong with the file
        }
    }

    /// <summary>The size of a file in bytes, or 0 when it cannot be read (its reader reports why).</summary>
    internal static long SizeOf(string path)
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
}
