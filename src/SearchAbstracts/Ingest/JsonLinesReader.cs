using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads JSON Lines corpora in the BEIR layout: one object per line with <c>_id</c>, <c>title</c>, <c>text</c>
/// and an optional <c>metadata</c> object (venue, year, dates, authors, categories, volume, issue, pages),
/// plain or gzip-compressed (<c>.jsonl.gz</c>).
/// </summary>
/// <remarks>
/// The file is streamed (gzip is inflated on a second thread) and each line is parsed from its bytes, so a
/// corpus of a hundred thousand abstracts reads in seconds. Nothing here throws for bad input: a bad line is
/// skipped with an error diagnostic and reading goes on; a file that cannot be read at all comes back
/// <see cref="PaperReadResult.Unreadable"/>. A <c>.gz</c> file that looks cut short gets a warning.
/// </remarks>
public static class JsonLinesReader
{
    private const int FileBufferSize = 1 << 16;

    /// <summary>Reads one <c>.jsonl</c> file, or a gzip-compressed one when its name ends in <c>.gz</c>.</summary>
    /// <param name="path">
    /// The file, as the user named it: it is used unchanged in diagnostics and in <see cref="Paper.Source"/>.
    /// </param>
    /// <returns>
    /// The papers and diagnostics. A missing or unreadable file, a <c>.gz</c> file that is not valid gzip, or
    /// content that is not UTF-8 text gives no papers, one error diagnostic at line 0 and
    /// <see cref="PaperReadResult.Unreadable"/> set.
    /// </returns>
    public static PaperReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var collector = new PaperCollector();
        var result = ReadFile(path, (paper, _) => collector.Add(paper), _ => { }, CancellationToken.None);
        return result with { Papers = collector.Papers };
    }

    /// <summary>
    /// Streams one file: each paper goes to <paramref name="onPaper"/> (with its line) as soon as it is read, and
    /// <paramref name="onBytesRead"/> hears of every block read from the file (compressed bytes for <c>.gz</c>).
    /// </summary>
    /// <returns>The diagnostics and counts, with no papers in <see cref="PaperReadResult.Papers"/>.</returns>
    internal static PaperReadResult ReadFile(string path, Action<Paper, int> onPaper, Action<long> onBytesRead, CancellationToken cancellation)
    {
        try
        {
            using var file = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileBufferSize,
                FileOptions.SequentialScan), onBytesRead);
            if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
                return JsonLinesParser.Parse(file, path, onPaper, cancellation);
            if (!HasGzipMagic(file))
            {
                return Unreadable(path,
                    "not gzip-compressed although its name ends in .gz; compress it with gzip or drop the .gz from its name");
            }
            var recordedSize = RecordedSize(file);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var inflated = new ReadAheadStream(gzip);
            return CheckSize(JsonLinesParser.Parse(inflated, path, onPaper, cancellation), path, recordedSize, inflated.BytesRead);
        }
        catch (InvalidDataException e)
        {
            return Unreadable(path, $"the gzip data is damaged ({e.Message.TrimEnd('.')}); download or compress the file again");
        }
        catch (Exception e) when (FileReadProblem.IsReadFailure(e))
        {
            return Unreadable(path, $"cannot read the file: {FileReadProblem.Describe(path, e, "a JSON Lines file")}");
        }
    }

    /// <summary>Parses JSON Lines from a stream of UTF-8 bytes (already decompressed).</summary>
    /// <param name="utf8">The records, one per line; LF or CRLF endings and a leading byte-order mark are accepted.
    /// Read to the end but not disposed.</param>
    /// <param name="fileName">The name used in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <returns>The papers read and the diagnostics, in file order.</returns>
    /// <exception cref="IOException">Reading <paramref name="utf8"/> failed.</exception>
    public static PaperReadResult Parse(Stream utf8, string fileName)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        ArgumentNullException.ThrowIfNull(fileName);
        var collector = new PaperCollector();
        var result = JsonLinesParser.Parse(utf8, fileName, (paper, _) => collector.Add(paper), CancellationToken.None);
        return result with { Papers = collector.Papers };
    }

    /// <summary>
    /// Checks the two magic bytes up front: GZipStream's own error for a plain file ("unsupported compression
    /// method") would not tell the user that the file simply is not compressed.
    /// </summary>
    private static bool HasGzipMagic(Stream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
    }

    /// <summary>
    /// The uncompressed size (mod 2^32) that gzip writes in a file's last four bytes. GZipStream does not notice a
    /// file cut short (a partial download): it just ends early, so this is the only sign that records are missing.
    /// </summary>
    private static uint? RecordedSize(Stream file)
    {
        // Shorter than a gzip header and trailer: GZipStream will say what is wrong with it.
        if (file.Length < 18)
            return null;
        Span<byte> size = stackalloc byte[4];
        file.Seek(-size.Length, SeekOrigin.End);
        file.ReadExactly(size);
        file.Position = 0;
        return BinaryPrimitives.ReadUInt32LittleEndian(size);
    }

    private static PaperReadResult CheckSize(PaperReadResult result, string path, uint? recorded, long inflated)
    {
        if (result.Unreadable || recorded is null || recorded == (uint)inflated)
            return result;
        // A warning, not an error: a file joined from several gzip members also records only its last member's size.
        var warning = new Diagnostic(path, 0, DiagnosticSeverity.Warning, string.Create(CultureInfo.InvariantCulture,
            $"the gzip file looks truncated: it records {recorded} bytes of content but {inflated} were read; if records are missing, download or compress the file again"));
        return result with { Diagnostics = [.. result.Diagnostics, warning] };
    }

    private static PaperReadResult Unreadable(string path, string problem) =>
        new([], [new Diagnostic(path, 0, DiagnosticSeverity.Error, problem)]) { Unreadable = true };
}
