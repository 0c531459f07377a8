using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>Field values that BibTeX, RIS and CSV exports write the same way: pages, years, dates, names, lists.</summary>
internal static class BibliographicFields
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-M-d", "yyyy/M/d"];

    /// <summary>Blank becomes null; anything else is trimmed.</summary>
    public static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Splits <c>12--34</c>, <c>12-34</c> or <c>12–34</c> into first and last page; a value without a dash is the
    /// first page only.
    /// </summary>
    public static (string? First, string? Last) SplitPages(string? pages)
    {
        pages = NullIfBlank(pages);
        if (pages is null)
            return (null, null);
        var dash = pages.AsSpan().IndexOfAny('-', '\u2013', '\u2014');
        if (dash < 0)
            return (pages, null);
        var last = pages[(dash + 1)..].TrimStart('-', '\u2013', '\u2014');
        return (NullIfBlank(pages[..dash]), NullIfBlank(last));
    }

    /// <summary>
    /// The first run of exactly four digits, so that <c>2023</c>, <c>{2023}</c>, <c>2023/05/17/</c> and
    /// <c>May 2023</c> all give 2023; null when there is none.
    /// </summary>
    public static int? Year(string? text)
    {
        var span = text.AsSpan();
        while (true)
        {
            var start = span.IndexOfAnyInRange('0', '9');
            if (start < 0)
                return null;
            span = span[start..];
            var end = span.IndexOfAnyExceptInRange('0', '9');
            var length = end < 0 ? span.Length : end;
            if (length == 4)
                return int.Parse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture);
            if (end < 0)
                return null;
            span = span[end..];
        }
    }

    /// <summary>
    /// A full date written <c>2023-05-17</c> or <c>2023/05/17</c> (RIS adds a trailing <c>/</c> and sometimes
    /// free text after it); null for a year or year and month alone, which name no day.
    /// </summary>
    public static DateOnly? FullDate(string? text)
    {
        text = NullIfBlank(text);
        if (text is null || text.Length < 8)
            return null;
        var end = text.IndexOfAny([' ', 'T'], 8);
        var date = (end < 0 ? text : text[..end]).TrimEnd('/');
        var slashes = date.Count(c => c == '/');
        if (slashes > 2)
            date = date[..date.LastIndexOf('/')];
        return DateOnly.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
    }

    /// <summary>
    /// <c>Last, First</c> becomes <c>First Last</c> (and <c>Last, Jr., First</c> becomes <c>First Last Jr.</c>), so that
    /// names read the same whichever format they came from; a name without a comma is kept as given.
    /// </summary>
    public static string? PersonName(string? name)
    {
        name = NullIfBlank(name);
        if (name is null)
            return null;
        var parts = name.Split(',', StringSplitOptions.TrimEntries);
        return parts switch
        {
            [var last, var first] when first.Length > 0 => $"{first} {last}",
            [var last, var suffix, var first] when first.Length > 0 => $"{first} {last} {suffix}".TrimEnd(),
            _ => name,
        };
    }

    /// <summary>Splits a keyword list on <c>;</c> when it has one (keywords may contain commas), else on <c>,</c>.</summary>
    public static IEnumerable<string> SplitList(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
            return [];
        var separator = list.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        return list.Split(separator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }
}
