using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Walks RIS text line by line: a <c>TY</c> line opens a record, <c>ER</c> closes it, a tagged line
/// (<c>XX  - value</c>) adds a value, and an untagged line continues the value before it.
/// </summary>
internal sealed partial class RisParser
{
    private readonly BibliographicPapers _papers;
    private readonly Action<RisRecord> _record;
    private RisRecord? _open;
    private bool _strayReported;

    private RisParser(BibliographicPapers papers, Action<RisRecord> record)
    {
        _papers = papers;
        _record = record;
    }

    /// <summary>Parses the whole text and hands each record, complete or cut short, to <paramref name="record"/>.</summary>
    public static void Parse(string text, BibliographicPapers papers, Action<RisRecord> record)
    {
        var parser = new RisParser(papers, record);
        // Split on LF only: editors (and so the line numbers users look up) count lines that way.
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            parser.Step(lines[i].TrimEnd('\r'), i + 1);
        if (parser._open is { } open)
        {
            papers.Diagnostics.Warning(open.Line, $"the record that starts on line {Number(open.Line)} has no ER line (the file may be cut short); it is read as it is");
            parser.Close();
        }
    }

    private DiagnosticBag Diagnostics => _papers.Diagnostics;

    private void Step(string line, int number)
    {
        var match = TagLine().Match(line);
        if (!match.Success)
        {
            Untagged(line, number);
            return;
        }
        var (tag, value) = (match.Groups["tag"].Value, match.Groups["value"].Value.Trim());
        switch (tag)
        {
            case "TY":
                if (_open is { } unclosed)
                    Diagnostics.Warning(unclosed.Line, $"the record that starts on line {Number(unclosed.Line)} has no ER line; it ends at the TY on line {Number(number)}");
                Close();
                _open = new RisRecord(number, value);
                _strayReported = false;
                break;
            case "ER":
                if (_open is null)
                {
                    Stray(number, "an ER line with no TY line before it");
                    break;
                }
                Close();
                _strayReported = false;
                break;
            default:
                if (_open is null)
                    Stray(number, $"a {tag} line outside a record (no TY line before it)");
                else
                    _open.Add(tag, value);
                break;
        }
    }

    private void Untagged(string line, int number)
    {
        if (string.IsNullOrWhiteSpace(line))
            return;
        if (_open?.LastTag is not null)
            _open.Continue(line.Trim());
        else if (_open is null)
            Stray(number, "text outside a record (no TY line before it)");
    }

    private void Close()
    {
        if (_open is not null)
            _record(_open);
        _open = null;
    }

    /// <summary>Reports the first line of each run of text between records; the rest of the run is implied.</summary>
    private void Stray(int number, string what)
    {
        if (_strayReported)
            return;
        _strayReported = true;
        Diagnostics.Warning(number, $"{what}; ignored up to the next TY line");
    }

    private static string Number(int line) => line.ToString(CultureInfo.InvariantCulture);

    // The standard is two capitals (or a capital and a digit), two spaces, a hyphen and a space; exporters vary the
    // spaces, and ER often has nothing after its hyphen.
    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}-(?: (?<value>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();
}
