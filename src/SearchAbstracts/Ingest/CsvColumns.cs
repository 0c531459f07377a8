using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Which column fills which paper field, worked out from the header row and the user's <see cref="CsvColumnMap"/>.
/// </summary>
/// <remarks>
/// Several columns may fill one field (Scopus has <c>Author Keywords</c> and <c>Index Keywords</c>): list fields
/// (authors, categories) take them all, other fields the first non-empty value, mapped columns before named ones.
/// </remarks>
internal sealed class CsvColumns
{
    private CsvColumns(IReadOnlyList<(int Index, CsvField Field)> columns, int count)
    {
        Fields = columns;
        Count = count;
    }

    /// <summary>Column index and field, in the order values are taken.</summary>
    public IReadOnlyList<(int Index, CsvField Field)> Fields { get; }

    /// <summary>How many columns the header has.</summary>
    public int Count { get; }

    /// <summary>
    /// Reads the header. Warns once about columns read as nothing, and about mapped columns the header lacks;
    /// returns null with an error when no column gives the title, since no row could then be read.
    /// </summary>
    public static CsvColumns? Resolve(CsvRow header, CsvColumnMap map, DiagnosticBag diagnostics, char delimiter)
    {
        var mapped = new List<(int, CsvField)>();
        var named = new List<(int, CsvField)>();
        var unknown = new List<string>();
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (map.Find(name) is { } field)
                mapped.Add((i, field));
            else if (CsvFieldNames.FromHeader(name) is { } known)
                named.Add((i, known));
            else if (name.Length > 0)
                unknown.Add(DiagnosticBag.Quote(name));
        }
        WarnAboutMissingMapped(header, map, diagnostics);
        var columns = mapped.Concat(named).Where(c => c.Item2 != CsvField.Ignore).ToList();
        if (!columns.Exists(c => c.Item2 == CsvField.Title))
        {
            var shown = DiagnosticBag.Quote(string.Join(delimiter == '\t' ? " | " : delimiter.ToString(), header.Fields));
            diagnostics.Error(header.Line,
                $"no title column in the header {shown}; name the column that holds titles with --map COLUMN=title");
            return null;
        }
        if (unknown.Count > 0)
        {
            diagnostics.Warning(header.Line, string.Create(CultureInfo.InvariantCulture,
                $"{unknown.Count} column{(unknown.Count == 1 ? " is" : "s are")} not read (no paper field by that name): {string.Join(", ", unknown)}; read one with --map COLUMN=FIELD"));
        }
        return new CsvColumns(columns, header.Fields.Count);
    }

    private static void WarnAboutMissingMapped(CsvRow header, CsvColumnMap map, DiagnosticBag diagnostics)
    {
        var names = header.Fields.Select(f => f.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var column in map.Columns.Where(c => !names.Contains(c)))
            diagnostics.Warning(header.Line, $"--map names the column {DiagnosticBag.Quote(column)}, which the header does not have");
    }
}
