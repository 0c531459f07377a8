using System.Globalization;
using System.Text;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads the entries of a BibTeX database: <c>@string</c> macros (with the standard month macros predefined),
/// <c>@comment</c> and <c>@preamble</c> (skipped), and every other <c>@kind{key, field = value, …}</c>, with braces
/// or parentheses around the entry and <c>{…}</c>, <c>"…"</c>, numbers and macros joined by <c>#</c> as values.
/// </summary>
/// <remarks>
/// An entry with a syntax error is reported and skipped, and reading resumes at the next line that starts with
/// <c>@</c>; an unclosed brace that runs into the next entry is caught at that entry, so one typo costs one entry.
/// </remarks>
internal sealed class BibtexParser
{
    private readonly BibtexScanner _scanner;
    private readonly BibliographicPapers _papers;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _entryLine;
    private string _label = string.Empty;

    private BibtexParser(string text, BibliographicPapers papers)
    {
        _scanner = new BibtexScanner(text);
        _papers = papers;
        var months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
            _macros[months[i][..3]] = months[i];
    }

    /// <summary>Parses the whole text and hands each entry to <paramref name="entry"/>.</summary>
    public static void Parse(string text, BibliographicPapers papers, Action<BibtexEntry> entry) =>
        new BibtexParser(text, papers).Run(entry);

    private DiagnosticBag Diagnostics => _papers.Diagnostics;

    private void Run(Action<BibtexEntry> entry)
    {
        while (_scanner.SkipToAt())
        {
            var line = _scanner.Line;
            _scanner.Next();
            var start = _scanner.Mark;
            var kind = _scanner.ReadName().ToLowerInvariant();
            _scanner.SkipWhitespace();
            // An @ in text between entries (an e-mail address in a note) is a comment, as in BibTeX.
            if (kind.Length == 0 || _scanner.Peek is not ('{' or '('))
                continue;
            var close = _scanner.Next() == '{' ? '}' : ')';
            (_entryLine, _label) = (line, $"@{kind}");
            try
            {
                if (Read(kind, line, close) is { } read)
                    entry(read);
            }
            catch (BibtexSyntaxException e)
            {
                _papers.Skip(line, $"{_label}: {e.Message}");
                _scanner.SkipToEntryStart(start);
            }
        }
    }

    private BibtexEntry? Read(string kind, int line, char close)
    {
        switch (kind)
        {
            case "comment" or "preamble":
                SkipBody(kind, line, close);
                return null;
            case "string":
                ReadMacro(close);
                return null;
            default:
                return ReadEntry(kind, line, close);
        }
    }

    /// <summary>Skips an @comment or @preamble; one left open ends at the next entry rather than eating the file.</summary>
    private void SkipBody(string kind, int line, char close)
    {
        var open = close == '}' ? '{' : '(';
        for (var depth = 1; depth > 0 && !_scanner.AtEnd;)
        {
            var c = _scanner.Next();
            depth += c == open ? 1 : c == close ? -1 : 0;
            if (c == '\n' && depth > 0 && _scanner.EntryStartsAfterNewline())
            {
                Diagnostics.Warning(line, string.Create(CultureInfo.InvariantCulture,
                    $"@{kind} is not closed before the next entry on line {_scanner.Line} (a closing {close} is missing); it ends there"));
                return;
            }
        }
    }

    private void ReadMacro(char close)
    {
        _scanner.SkipWhitespace();
        var name = _scanner.ReadName();
        if (name.Length == 0)
            throw Expected("a macro name");
        Expect('=', $"after @string name {name}");
        var value = ReadValue(name);
        _scanner.SkipWhitespace();
        Expect(close, $"after @string {name}");
        _macros[name] = value;
    }

    private BibtexEntry ReadEntry(string kind, int line, char close)
    {
        _scanner.SkipWhitespace();
        var key = _scanner.ReadName();
        _label = $"@{kind}{{{key}}}";
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        _scanner.SkipWhitespace();
        if (_scanner.Peek == close)
        {
            _scanner.Next();
            return new BibtexEntry(kind, key, line, fields);
        }
        Expect(',', key.Length == 0 ? "or a citation key after the {" : $"after the citation key {key}");
        var last = "the citation key";
        while (true)
        {
            _scanner.SkipWhitespace();
            if (_scanner.Peek == close)
                break;
            if (_scanner.Peek == '@' && _scanner.AtLineStart())
                throw RunsIntoNextEntry($"after {last}");
            var name = _scanner.ReadName().ToLowerInvariant();
            if (name.Length == 0)
                throw Expected($"a field name or \"{close}\"");
            Expect('=', $"after field {name}");
            var value = ReadValue(name);
            last = "the value of field " + name;
            if (!fields.TryAdd(name, value))
                Diagnostics.Warning(line, $"@{kind}{{{key}}} has field {name} twice; the first one is used, as BibTeX does");
            _scanner.SkipWhitespace();
            if (_scanner.Peek != ',')
                break;
            _scanner.Next();
        }
        _scanner.SkipWhitespace();
        if (_scanner.Peek == '@' && _scanner.AtLineStart())
        {
            // A brace left open inside a value makes the entry's own } close the value instead.
            throw new BibtexSyntaxException(string.Create(CultureInfo.InvariantCulture,
                $"the entry runs into the next entry on line {_scanner.Line} (a closing {close} is missing, in {last} or after it)"));
        }
        Expect(close, $"or \",\" after {last}");
        return new BibtexEntry(kind, key, line, fields);
    }

    /// <summary>Reads <c>part # part # …</c>, each part a braced or quoted string, a number or a macro.</summary>
    private string ReadValue(string field)
    {
        var value = new StringBuilder();
        while (true)
        {
            _scanner.SkipWhitespace();
            var c = _scanner.Peek;
            if (c is '{' or '"')
            {
                _scanner.Next();
                ReadDelimited(value, c == '{' ? '}' : '"', field);
            }
            else if (char.IsAsciiDigit(c))
            {
                value.Append(_scanner.ReadName());
            }
            else if (c == '@' && _scanner.AtLineStart())
            {
                throw RunsIntoNextEntry($"before the value of field {field}");
            }
            else if (c != '\0' && _scanner.ReadName() is { Length: > 0 } macro)
            {
                if (_macros.TryGetValue(macro, out var text))
                    value.Append(text);
                else
                    Diagnostics.Warning(_entryLine, $"{_label}: field {field} uses the undefined @string macro {macro}; it is read as empty, as BibTeX does");
            }
            else
            {
                throw Expected($"a value for field {field}");
            }
            _scanner.SkipWhitespace();
            if (_scanner.Peek != '#')
                return value.ToString();
            _scanner.Next();
        }
    }

    /// <summary>Copies a <c>{…}</c> or <c>"…"</c> string, inner braces included, up to its closing delimiter.</summary>
    private void ReadDelimited(StringBuilder value, char close, string field)
    {
        var depth = 0;
        var start = _scanner.Line;
        while (true)
        {
            if (_scanner.AtEnd)
                throw new BibtexSyntaxException($"the value of field {field}{OnLine(start)} is never closed (a closing {close} is missing)");
            var c = _scanner.Peek;
            if (depth == 0 && c == close)
            {
                _scanner.Next();
                return;
            }
            _scanner.Next();
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            // Only a quoted value can get here: in a braced one, a } at depth 0 is the closing delimiter.
            if (depth < 0)
            {
                throw new BibtexSyntaxException(string.Create(CultureInfo.InvariantCulture,
                    $"the value of field {field}{OnLine(start)} has no closing \" before the }} on line {_scanner.Line}"));
            }
            if (c == '\n' && _scanner.EntryStartsAfterNewline())
            {
                throw new BibtexSyntaxException(string.Create(CultureInfo.InvariantCulture,
                    $"the value of field {field}{OnLine(start)} runs into the next entry on line {_scanner.Line} (a closing {(depth > 0 ? '}' : close)} is missing)"));
            }
            value.Append(c);
        }
    }

    /// <summary>An entry cut short (or ending in a comma) meets the next entry's <c>@</c> where a name or value should be.</summary>
    private BibtexSyntaxException RunsIntoNextEntry(string where) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the entry stops {where} and runs into the next entry on line {_scanner.Line}"));

    private void Expect(char expected, string where)
    {
        _scanner.SkipWhitespace();
        if (_scanner.Peek != expected)
            throw Expected($"\"{expected}\" {where}");
        _scanner.Next();
    }

    private BibtexSyntaxException Expected(string what)
    {
        var found = _scanner.AtEnd ? "the end of the file" : $"\"{_scanner.Peek}\"";
        return new BibtexSyntaxException($"expected {what} but found {found}{OnLine(_scanner.Line)}");
    }

    /// <summary>Where a problem is, when it is not on the entry's first line (the line the diagnostic names).</summary>
    private string OnLine(int line) =>
        line == _entryLine ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" on line {line}");
}
