namespace SearchAbstracts.Ingest;

/// <summary>The paper fields a CSV or TSV column can fill (see <see cref="CsvColumnMap.FieldNames"/> for their names).</summary>
internal enum CsvField
{
    Title,
    Abstract,
    Venue,
    Year,
    Volume,
    Issue,
    Pages,
    FirstPage,
    LastPage,
    Doi,
    Id,
    Authors,
    Published,
    Type,
    Categories,

    /// <summary>Not read: lets <c>--map</c> switch off a column that a synonym would otherwise pick up.</summary>
    Ignore,
}
