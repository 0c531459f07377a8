using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Unicode;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Walks a JSON Lines stream line by line: checks that each line is UTF-8 text, hands each non-blank line to
/// <see cref="JsonRecordParser"/>, passes every paper on as soon as it is read, and reports bad lines and
/// duplicate ids as diagnostics.
/// </summary>
/// <remarks>
/// Papers are streamed, never collected, so a corpus of any size reads in constant memory. A line that is not
/// UTF-8 is skipped like any other bad line; a UTF-16 file, a binary file (NUL bytes) or a file where line
/// after line is not UTF-8 stops the reading there, since nothing after it can be trusted.
/// </remarks>
internal sealed class JsonLinesParser
{
    private const string Fix = "save it as UTF-8 and index it again";

    /// <summary>After this many lines that are not UTF-8 the file is clearly in another encoding: stop rather than list them all.</summary>
    private const int MaxEncodingErrors = 20;

    private readonly string _source;
    private readonly Action<Paper, int> _onPaper;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, int> _idLines = new(StringComparer.Ordinal);
    private int _read;
    private int _skipped;
    private int _encodingErrors;

    private JsonLinesParser(string source, Action<Paper, int> onPaper)
    {
        _source = source;
        _onPaper = onPaper;
        _diagnostics = new DiagnosticBag(source);
    }

    /// <summary>
    /// Reads the whole stream, calling <paramref name="onPaper"/> with each paper and its line. Lets stream
    /// exceptions (I/O errors, damaged gzip data) and exceptions of <paramref name="onPaper"/> through.
    /// </summary>
    /// <returns>The diagnostics and counts; <see cref="PaperReadResult.Papers"/> is empty (they went to <paramref name="onPaper"/>).</returns>
    /// <param name="utf8">The bytes.</param>
    /// <param name="source">The file name for diagnostics and <see cref="Paper.Source"/>.</param>
    /// <param name="onPaper">Receives each paper and its line.</param>
    /// <param name="cancellation">Stops the reading before the next line; what was passed on stands.</param>
    public static PaperReadResult Parse(Stream utf8, string source, Action<Paper, int> onPaper, CancellationToken cancellation)
    {
        using var lines = new Utf8LineReader(utf8);
        var parser = new JsonLinesParser(source, onPaper);
        while (!cancellation.IsCancellationRequested && lines.TryReadLine(out var line))
        {
            if (lines.LineNumber == 1)
            {
                if (line is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    return parser.Stop(0, $"not UTF-8 text (it is UTF-16, which starts with a 0x{line[0]:X2} 0x{line[1]:X2} byte-order mark); {Fix}");
                }
                line = line is [0xEF, 0xBB, 0xBF, ..] ? line[3..] : line;
            }

            if (line.Contains((byte)0))
            {
                return parser.Stop(lines.LineNumber == 1 ? 0 : lines.LineNumber, ListingDecoder.NulProblem(lines.LineNumber) + StoppedNote(lines.LineNumber));
            }
            if (!Utf8.IsValid(line))
            {
                if (++parser._encodingErrors > MaxEncodingErrors)
                {
                    return parser.Stop(0, EncodingProblem(line, lines.LineNumber) + StoppedNote(lines.LineNumber));
                }
                parser._skipped++;
                parser._diagnostics.Error(lines.LineNumber, EncodingProblem(line, lines.LineNumber) + "; line skipped");
                continue;
            }
            parser.Add(line, lines.LineNumber);
        }

        return cancellation.IsCancellationRequested ? parser.Partial() : parser.Result();
    }

    /// <summary>Lines this parser read as papers.</summary>
    public int Read => _read;

    private static string StoppedNote(int line) =>
        line <= 1 ? "" : string.Create(CultureInfo.InvariantCulture, $"; reading stopped at line {line}, the records before it were read");

    private void Add(ReadOnlySpan<byte> line, int number)
    {
        if (line.IndexOfAnyExcept(" \t\r"u8) < 0)
            return;
        Paper paper;
        try
        {
            paper = JsonRecordParser.Parse(line, _source);
        }
        catch (JsonRecordException e)
        {
            _skipped++;
            _diagnostics.Error(number, e.Message + "; line skipped");
            return;
        }

        // One look-up per record (the table holds every id of the file: 115,300 for arXiv 115k).
        ref var idLine = ref CollectionsMarshal.GetValueRefOrAddDefault(_idLines, paper.Id, out var seen);
        if (seen)
        {
            var earlier = idLine;
            _diagnostics.Warning(number, string.Create(CultureInfo.InvariantCulture,
                $"duplicate _id {DiagnosticBag.Quote(paper.Id)} (also on line {earlier}); the record on line {number} replaces the one on line {earlier}"));
        }
        idLine = number;
        _read++;
        _onPaper(paper, number);
    }

    private PaperReadResult Result()
    {
        if (_read + _skipped == 0)
        {
            _diagnostics.Error(0, "contains no records (expected one JSON object per line, such as "
                + "{\"_id\": \"1\", \"title\": \"...\", \"text\": \"...\", \"metadata\": {}})");
        }
        // Not one line was UTF-8: the file is in another encoding, not a file with a few bad records.
        var unreadable = _read == 0 && _encodingErrors > 0 && _encodingErrors == _skipped;
        return new PaperReadResult([], _diagnostics.Items) { Skipped = _skipped, Unreadable = unreadable };
    }

    /// <summary>Stopped on request: no "contains no records" error for a file merely not read to its end.</summary>
    private PaperReadResult Partial() => new([], _diagnostics.Items) { Skipped = _skipped };

    /// <summary>The file cannot be read on from here: what was read stands, the rest is refused with one error.</summary>
    private PaperReadResult Stop(int line, string problem)
    {
        _diagnostics.Error(line, problem);
        return new PaperReadResult([], _diagnostics.Items) { Skipped = _skipped, Unreadable = true };
    }

    /// <summary>Why a line that is not UTF-8 is refused, naming its first bad byte.</summary>
    private static string EncodingProblem(ReadOnlySpan<byte> line, int number)
    {
        var chars = ArrayPool<char>.Shared.Rent(line.Length);
        Utf8.ToUtf16(line, chars, out var read, out _, replaceInvalidSequences: false);
        ArrayPool<char>.Shared.Return(chars);
        return string.Create(CultureInfo.InvariantCulture, $"not UTF-8 text (invalid byte 0x{line[read]:X2} at line {number}); {Fix}");
    }
}
