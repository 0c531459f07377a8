namespace SearchAbstracts.Ingest;

/// <summary>The lines of a listing, with the look-ahead helpers the record reader needs.</summary>
internal sealed class ListingLines
{
    private readonly List<ListingLine> _lines;

    private ListingLines(List<ListingLine> lines) => _lines = lines;

    public int Count => _lines.Count;

    public ListingLine this[int index] => _lines[index];

    /// <summary>The number of the last line that has text, for "the file stops at line N" messages.</summary>
    public int LastTextLineNumber => _lines.LastOrDefault(line => !line.IsBlank).Number;

    /// <summary>
    /// Splits on CRLF, LF and a lone CR alike (pages copied on different systems mix them), so line
    /// numbers match what an editor shows whatever the line endings.
    /// </summary>
    public static ListingLines Split(string text)
    {
        var lines = new List<ListingLine>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('\n' or '\r'))
                continue;
            lines.Add(new ListingLine(lines.Count + 1, text[start..i].Trim()));
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }

        lines.Add(new ListingLine(lines.Count + 1, text[start..].Trim()));
        return new ListingLines(lines);
    }

    /// <summary>The index of the first line at or after <paramref name="from"/> that has text, or <see cref="Count"/>.</summary>
    public int NextNonBlank(int from)
    {
        var i = Math.Max(from, 0);
        while (i < _lines.Count && _lines[i].IsBlank)
            i++;
        return i;
    }
}
