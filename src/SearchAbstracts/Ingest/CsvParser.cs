using System.Globalization;
using System.Text;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Splits CSV or TSV text into records as RFC 4180 describes: fields in double quotes may hold the delimiter,
/// line breaks and doubled quotes (<c>""</c>); LF, CRLF and CR all end a record.
/// </summary>
/// <remarks>
/// Real exports break the RFC in small ways, read here the way spreadsheets read them: a quote inside an unquoted
/// field is a plain character, and text after a closing quote is appended to the field.
/// </remarks>
internal sealed class CsvParser(string text, char delimiter)
{
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _line = 1;

    /// <summary>Reads the next record; false at the end of the text.</summary>
    public bool TryRead(out CsvRow row)
    {
        row = null!;
        if (_pos >= text.Length)
            return false;
        var start = _line;
        var fields = new List<string>();
        while (true)
        {
            _field.Clear();
            if (_pos < text.Length && text[_pos] == '"' && !ReadQuoted())
            {
                row = new CsvRow(start, fields, string.Create(CultureInfo.InvariantCulture,
                    $"the quote that opens field {fields.Count + 1} is never closed, so the rest of the file was read into it; close the quote"));
                return true;
            }
            ReadUnquoted();
            fields.Add(_field.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
            if (_pos >= text.Length)
                break;
            if (text[_pos++] == delimiter)
                continue;
            // A line break: CRLF counts as one.
            if (text[_pos - 1] == '\r' && _pos < text.Length && text[_pos] == '\n')
                _pos++;
            _line++;
            break;
        }
        row = new CsvRow(start, fields);
        return true;
    }

    /// <summary>Reads from the opening quote to the closing one; false when the text ends first.</summary>
    private bool ReadQuoted()
    {
        _pos++;
        while (_pos < text.Length)
        {
            var c = text[_pos++];
            if (c == '"')
            {
                if (_pos >= text.Length || text[_pos] != '"')
                    return true;
                _pos++;
            }
            else if (c == '\n' || (c == '\r' && (_pos >= text.Length || text[_pos] != '\n')))
            {
                _line++;
            }
            _field.Append(c);
        }
        return false;
    }

    private void ReadUnquoted()
    {
        while (_pos < text.Length && text[_pos] is var c && c != delimiter && c is not ('\n' or '\r'))
        {
            _field.Append(c);
            _pos++;
        }
    }
}
