using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads comma- or tab-separated files with a header row (<c>.csv</c>, <c>.tsv</c>), as exported by Zotero,
/// Scopus, Web of Science or a spreadsheet: RFC 4180 quoting, so a quoted field may hold the delimiter, doubled
/// quotes and line breaks.
/// </summary>
/// <remarks>
/// <para>
/// Header names are matched to paper fields ignoring case, spaces and punctuation, with synonyms: <c>title</c>;
/// <c>abstract</c>, <c>summary</c>, <c>description</c>; venue from <c>venue</c>, <c>journal</c>, <c>source</c>,
/// <c>source title</c>, <c>publication</c>, <c>publication title</c>, <c>booktitle</c>, <c>journal title</c>;
/// <c>year</c>; <c>volume</c>; <c>issue</c> or <c>number</c>; <c>pages</c> (<c>12-34</c>) or <c>first_page</c> /
/// <c>page start</c> and <c>last_page</c> / <c>page end</c>; <c>doi</c>; <c>id</c> or <c>key</c>; <c>authors</c>
/// split on <c>;</c> (else on <c>and</c>), <c>Last, First</c> as <c>First Last</c>; <c>date</c> or
/// <c>published</c> (a full date gives <see cref="Paper.Published"/>, any date a missing year); <c>type</c>,
/// <c>document type</c>, <c>item type</c> (<c>Article</c>, <c>journalArticle</c>, <c>Conference Paper</c> →
/// <c>research</c>); <c>keywords</c>, <c>categories</c>, <c>tags</c> split on <c>;</c> or <c>,</c>. A
/// <see cref="CsvColumnMap"/> maps other names. Columns that match nothing are ignored, with one warning naming them.
/// </para>
/// <para>
/// The id is <c>doi:</c> plus the DOI in lower case (resolver prefix removed), else the <c>id</c> column, else
/// <see cref="PaperId.FromCitation"/> from venue, year, volume, issue and first page.
/// </para>
/// <para>
/// Nothing here throws for bad input. Diagnostics name the physical line where a row starts. A header without a
/// title column is one error for the whole file (no rows are read). A row with an unclosed quote, a different
/// number of fields than the header, no title, or nothing to make an id from is skipped with one error; a row
/// without an abstract is read with an empty <see cref="Paper.Abstract"/> and a warning. A file that cannot be read
/// at all comes back <see cref="PaperReadResult.Unreadable"/>.
/// </para>
/// </remarks>
public static class CsvReader
{
    /// <summary>Reads and parses one CSV or TSV file.</summary>
    /// <param name="path">
    /// The file, as the user named it: it is used unchanged in diagnostics and in <see cref="Paper.Source"/>.
    /// </param>
    /// <param name="delimiter"><c>,</c> for CSV or <c>\t</c> for TSV.</param>
    /// <param name="map">Columns to read as a given field, beyond those found by name; null for none.</param>
    /// <returns>
    /// The papers and diagnostics. A missing or unreadable file, or one that is not UTF-8 text, gives no papers,
    /// one error diagnostic at line 0 and <see cref="PaperReadResult.Unreadable"/> set.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is a quote or a line break.</exception>
    public static PaperReadResult ReadFile(string path, char delimiter, CsvColumnMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        CheckDelimiter(delimiter);
        var kind = delimiter == '\t' ? "a TSV file" : "a CSV file";
        return BibliographicFile.Read(path, kind, text => ParseText(text, path, delimiter, map ?? CsvColumnMap.Empty));
    }

    /// <summary>Parses CSV or TSV text from a reader (read to the end, not disposed).</summary>
    /// <param name="text">The rows, header first; CRLF or LF line endings and a leading byte-order mark are accepted.</param>
    /// <param name="fileName">The name used in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <param name="delimiter"><c>,</c> for CSV or <c>\t</c> for TSV.</param>
    /// <param name="map">Columns to read as a given field, beyond those found by name; null for none.</param>
    /// <returns>The papers read and the diagnostics, in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="delimiter"/> is a quote or a line break.</exception>
    /// <exception cref="IOException">Reading <paramref name="text"/> failed.</exception>
    public static PaperReadResult Parse(TextReader text, string fileName, char delimiter, CsvColumnMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        CheckDelimiter(delimiter);
        return BibliographicFile.ReadAll(text, fileName, out var unreadable) is { } all
            ? ParseText(all, fileName, delimiter, map ?? CsvColumnMap.Empty)
            : unreadable;
    }

    private static void CheckDelimiter(char delimiter)
    {
        if (delimiter is '"' or '\n' or '\r')
            throw new ArgumentException("the delimiter cannot be a quote or a line break", nameof(delimiter));
    }

    private static PaperReadResult ParseText(string text, string fileName, char delimiter, CsvColumnMap map)
    {
        var papers = new BibliographicPapers(fileName, "row");
        var parser = new CsvParser(text, delimiter);
        CsvRow? header = null;
        while (header is null && parser.TryRead(out var row))
            header = row.IsBlank ? null : row;
        var expected = $"a header row such as \"title{(delimiter == '\t' ? "<TAB>" : delimiter.ToString())}abstract\" and one row per paper";
        if (header is null)
            return papers.Result(expected);
        if (header.Error is not null)
        {
            papers.Diagnostics.Error(header.Line, $"the header row cannot be read: {header.Error}");
            return new PaperReadResult([], papers.Diagnostics.Items);
        }
        if (CsvColumns.Resolve(header, map, papers.Diagnostics, delimiter) is not { } columns)
            return new PaperReadResult([], papers.Diagnostics.Items);

        while (parser.TryRead(out var row))
        {
            if (row.IsBlank)
                continue;
            if (Problem(row, columns, delimiter) is { } problem)
                papers.Skip(row.Line, problem);
            else
                papers.Add(CsvRowMapper.ToDraft(row, columns, papers.Diagnostics));
        }
        return papers.Result(expected);
    }

    /// <summary>Why a row cannot be read, or null. Extra empty fields (trailing delimiters) are harmless.</summary>
    private static string? Problem(CsvRow row, CsvColumns columns, char delimiter)
    {
        if (row.Error is not null)
            return row.Error;
        var count = row.Fields.Count;
        if (count == columns.Count || (count > columns.Count && row.Fields.Skip(columns.Count).All(string.IsNullOrWhiteSpace)))
            return null;
        var hint = count > columns.Count
            ? $"a field holding a \"{(delimiter == '\t' ? "\\t" : delimiter.ToString())}\" that is not in quotes?"
            : "a line break in a field that is not in quotes?";
        return string.Create(CultureInfo.InvariantCulture, $"the row has {count} fields but the header has {columns.Count} ({hint})");
    }
}
