using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Walks a JSON Lines stream line by line: checks that it is UTF-8 text, hands each non-blank line to
/// <see cref="JsonRecordParser"/>, and reports bad lines and duplicate ids as diagnostics.
/// </summary>
internal sealed class JsonLinesParser
{
    private const string Fix = "save it as UTF-8 and index it again";

    private readonly string _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Paper> _papers = [];
    private readonly Dictionary<string, (int Index, int Line)> _ids = new(StringComparer.Ordinal);
    private int _skipped;

    private JsonLinesParser(string source)
    {
        _source = source;
        _diagnostics = new DiagnosticBag(source);
    }

    /// <summary>
    /// Reads the whole stream. Returns null with <paramref name="problem"/> set when the bytes are not UTF-8 text;
    /// lets stream exceptions (I/O errors, damaged gzip data) through for the caller to name.
    /// </summary>
    public static PaperReadResult? Parse(Stream utf8, string source, out string problem)
    {
        problem = string.Empty;
        using var lines = new Utf8LineReader(utf8);
        var parser = new JsonLinesParser(source);
        while (lines.TryReadLine(out var line))
        {
            if (lines.LineNumber == 1)
            {
                if (line is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                {
                    problem = $"not UTF-8 text (it is UTF-16, which starts with a 0x{line[0]:X2} 0x{line[1]:X2} byte-order mark); {Fix}";
                    return null;
                }
                line = line is [0xEF, 0xBB, 0xBF, ..] ? line[3..] : line;
            }

            problem = EncodingProblem(line, lines.LineNumber);
            if (problem.Length > 0)
                return null;
            parser.Add(line, lines.LineNumber);
        }

        return parser.Result();
    }

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

        if (_ids.TryGetValue(paper.Id, out var earlier))
        {
            // Within one file the later record wins in the earlier one's place, so the writer sees the id once.
            _diagnostics.Warning(number, string.Create(CultureInfo.InvariantCulture,
                $"duplicate _id {DiagnosticBag.Quote(paper.Id)} (also on line {earlier.Line}); the record on line {number} replaces the one on line {earlier.Line}"));
            _papers[earlier.Index] = paper;
            _ids[paper.Id] = (earlier.Index, number);
            return;
        }

        _ids.Add(paper.Id, (_papers.Count, number));
        _papers.Add(paper);
    }

    private PaperReadResult Result()
    {
        if (_papers.Count + _skipped == 0)
        {
            _diagnostics.Error(0, "contains no records (expected one JSON object per line, such as "
                + "{\"_id\": \"1\", \"title\": \"...\", \"text\": \"...\", \"metadata\": {}})");
        }
        return new PaperReadResult(_papers, _diagnostics.Items) { Skipped = _skipped };
    }

    /// <summary>Empty when the line is UTF-8 text; otherwise why the whole file is refused (as the listing reader does).</summary>
    private static string EncodingProblem(ReadOnlySpan<byte> line, int number)
    {
        if (line.Contains((byte)0))
            return ListingDecoder.NulProblem(number);
        if (Utf8.IsValid(line))
            return string.Empty;

        // Only on the failure path: decode to find the first bad byte for the message.
        var chars = ArrayPool<char>.Shared.Rent(line.Length);
        Utf8.ToUtf16(line, chars, out var read, out _, replaceInvalidSequences: false);
        ArrayPool<char>.Shared.Return(chars);
        return string.Create(CultureInfo.InvariantCulture, $"not UTF-8 text (invalid byte 0x{line[read]:X2} at line {number}); {Fix}");
    }
}
