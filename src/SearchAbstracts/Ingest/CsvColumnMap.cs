using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Which paper field a CSV or TSV column fills, when the automatic reading of header names is not enough: built
/// from options such as <c>--map "Source title=venue"</c>. A mapped column wins over the columns found by name.
/// </summary>
public sealed class CsvColumnMap
{
    private readonly Dictionary<string, CsvField> _columns;

    private CsvColumnMap(Dictionary<string, CsvField> columns) => _columns = columns;

    /// <summary>No mappings: every column is read by its header name alone.</summary>
    public static CsvColumnMap Empty { get; } = new(new Dictionary<string, CsvField>(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The field names a mapping may name: <c>title</c>, <c>abstract</c>, <c>venue</c>, <c>year</c>, <c>volume</c>,
    /// <c>issue</c>, <c>pages</c>, <c>first_page</c>, <c>last_page</c>, <c>doi</c>, <c>id</c>, <c>authors</c>,
    /// <c>published</c>, <c>type</c>, <c>categories</c>, and <c>ignore</c> (leave the column unread).
    /// </summary>
    public static IReadOnlyList<string> FieldNames => CsvFieldNames.Names;

    /// <summary>How many columns are mapped.</summary>
    public int Count => _columns.Count;

    /// <summary>Builds a map from <c>COLUMN=FIELD</c> specifications.</summary>
    /// <param name="mappings">
    /// Each is a header name (matched ignoring case and surrounding spaces), <c>=</c>, and one of
    /// <see cref="FieldNames"/> (any case; <c>_</c> optional). The last <c>=</c> splits, so a column name may hold one.
    /// </param>
    /// <returns>The map; <see cref="Empty"/>-like when <paramref name="mappings"/> is empty.</returns>
    /// <exception cref="ArgumentException">
    /// A specification has no <c>=</c> or no column name, names an unknown field (the message lists the valid ones),
    /// or maps a column that an earlier specification already mapped. The message is a sentence for the user.
    /// </exception>
    public static CsvColumnMap Parse(IEnumerable<string> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var columns = new Dictionary<string, CsvField>(StringComparer.OrdinalIgnoreCase);
        foreach (var mapping in mappings)
        {
            var equals = mapping?.LastIndexOf('=') ?? -1;
            var column = equals < 0 ? string.Empty : mapping![..equals].Trim();
            if (column.Length == 0)
                throw new ArgumentException($"--map \"{mapping}\" is not COLUMN=FIELD; write for example --map \"Source title=venue\"");
            var name = mapping![(equals + 1)..].Trim();
            if (CsvFieldNames.FromName(name) is not { } field)
            {
                throw new ArgumentException(
                    $"--map \"{mapping}\": unknown field \"{name}\"; the fields are {string.Join(", ", FieldNames)}");
            }
            if (!columns.TryAdd(column, field))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"--map \"{mapping}\": column \"{column}\" is already mapped to {CsvFieldNames.Name(columns[column])}; map each column once"));
            }
        }
        return new CsvColumnMap(columns);
    }

    /// <summary>The field mapped to a header name, if any.</summary>
    internal CsvField? Find(string column) => _columns.TryGetValue(column.Trim(), out var field) ? field : null;

    /// <summary>The mapped column names, for warning about those the header lacks.</summary>
    internal IEnumerable<string> Columns => _columns.Keys;
}
