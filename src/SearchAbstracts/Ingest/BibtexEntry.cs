namespace SearchAbstracts.Ingest;

/// <summary>
/// One BibTeX entry as parsed: its kind, citation key and fields, with <c>@string</c> macros expanded and
/// <c>#</c> concatenations joined, but the LaTeX inside the values still as written.
/// </summary>
/// <param name="Kind">The entry type in lower case, e.g. <c>article</c>.</param>
/// <param name="Key">The citation key, or empty when the entry has none.</param>
/// <param name="Line">The 1-based line of the entry's <c>@</c>.</param>
/// <param name="Fields">Field values by lower-case name.</param>
internal sealed record BibtexEntry(string Kind, string Key, int Line, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>How messages name the entry: <c>@article{smith2020}</c>.</summary>
    public string Label => $"@{Kind}{{{Key}}}";

    /// <summary>The first of the named fields that is present and not blank, or null.</summary>
    public string? First(params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (Fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value))
                return value;
        }
        return null;
    }
}
