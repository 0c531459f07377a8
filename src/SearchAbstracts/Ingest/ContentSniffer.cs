using System.Text;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Guesses a file's format from its first few kilobytes, for files whose name does not say (a <c>.txt</c> export,
/// a download without an extension). Only the first line that is not blank or a <c>%</c> comment decides, so a
/// guess never depends on how much of the file was read.
/// </summary>
internal static partial class ContentSniffer
{
    /// <summary>How much of a file callers should pass: enough for a long header row.</summary>
    public const int HeadLength = 8192;

    /// <summary>
    /// <see cref="PaperFileFormat.Bibtex"/> for an <c>@kind{</c> entry; <see cref="PaperFileFormat.Ris"/> for a
    /// <c>TY  - </c> line; <see cref="PaperFileFormat.JsonLines"/> for a line starting with <c>{</c>;
    /// <see cref="PaperFileFormat.Tsv"/> for a tab-separated line of short header names, one of them a known field;
    /// <see cref="PaperFileFormat.Csv"/> for a comma-separated header with a title column; otherwise null (the
    /// caller reads a listing). A .bib that opens with free text (BibTeX ignores it) is still found by the first
    /// line that opens an entry.
    /// </summary>
    /// <param name="head">The start of the file; a UTF-8 byte-order mark and a cut-off last line are fine.</param>
    public static PaperFileFormat? Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            head = head[3..];
        var lines = Encoding.UTF8.GetString(head).Split('\n');
        var first = lines.Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim() is { Length: > 0 } t && t[0] != '%');
        if (first is null)
            return null;
        var start = first.TrimStart();
        if (BibtexEntry().IsMatch(start))
            return PaperFileFormat.Bibtex;
        if (RisType().IsMatch(start))
            return PaperFileFormat.Ris;
        if (start.StartsWith('{'))
            return PaperFileFormat.JsonLines;
        if (first.Contains('\t', StringComparison.Ordinal) && IsHeader(first, '\t', field: null))
            return PaperFileFormat.Tsv;
        if (first.Contains(',', StringComparison.Ordinal) && IsHeader(first, ',', CsvField.Title))
            return PaperFileFormat.Csv;
        return lines.Any(l => BibtexEntry().IsMatch(l.TrimStart())) ? PaperFileFormat.Bibtex : null;
    }

    /// <summary>
    /// True when the line splits into at least two short cells of header-like words and one of them names
    /// <paramref name="field"/> (any known field when null).
    /// </summary>
    private static bool IsHeader(string line, char delimiter, CsvField? field)
    {
        new CsvParser(line, delimiter).TryRead(out var row);
        var cells = row.Fields.Select(c => c.Trim()).ToList();
        if (cells.Count < 2 || !cells.TrueForAll(c => c.Length <= 60 && !SentenceLike().IsMatch(c)))
            return false;
        return cells.Exists(c => CsvFieldNames.FromHeader(c) is { } known && (field is null || known == field));
    }

    [GeneratedRegex(@"^@[A-Za-z]+\s*[{(]", RegexOptions.CultureInvariant)]
    private static partial Regex BibtexEntry();

    [GeneratedRegex(@"^TY {1,2}-", RegexOptions.CultureInvariant)]
    private static partial Regex RisType();

    // Header names are a few words; a cell with a sentence end or only digits is data, not a header.
    [GeneratedRegex(@"[.!?]\s|^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceLike();
}
