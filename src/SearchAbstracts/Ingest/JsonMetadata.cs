using System.Globalization;
using System.Text.Json;

namespace SearchAbstracts.Ingest;

/// <summary>
/// The <c>metadata</c> object of a BEIR-style record. Corpora name the same thing differently (arXiv's
/// <c>listing_date</c>, DBLP's <c>booktitle</c>, Cranfield's <c>author</c>), so each paper field has a list of
/// keys tried in order; keys not listed here are skipped unread.
/// </summary>
internal sealed class JsonMetadata
{
    private static readonly string[] VenueKeys = ["venue", "journal", "journal-ref", "booktitle"];
    private static readonly string[] DateKeys = ["published", "date", "listing_date", "update_date"];
    private static readonly string[] VenueFields = [.. VenueKeys.Select(k => "metadata." + k)];
    private static readonly string[] DateFields = [.. DateKeys.Select(k => "metadata." + k)];

    // update_date is when an arXiv entry last changed, so it may supply a year but never the publication date.
    private const int PublishedDateKeys = 3;

    private readonly string?[] _venues = new string?[VenueKeys.Length];
    private readonly string?[] _dates = new string?[DateKeys.Length];
    private int? _year;
    private IReadOnlyList<string>? _authors;
    private string? _author;
    private IReadOnlyList<string>? _categories;
    private string? _pages;
    private string? _issue;
    private string? _number;

    /// <summary>Metadata of a record that has none.</summary>
    public static JsonMetadata Empty { get; } = new();

    /// <summary>The venue; <c>arXiv</c> for an arXiv-style record (one with categories) that names none.</summary>
    public string Venue
    {
        get
        {
            foreach (var venue in _venues)
            {
                if (!string.IsNullOrEmpty(venue))
                    return venue;
            }
            return _categories is null ? string.Empty : "arXiv";
        }
    }

    public int? Year => _year ?? YearFromDate();

    public DateOnly? Published
    {
        get
        {
            foreach (var date in _dates.AsSpan(0, PublishedDateKeys))
            {
                if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    return day;
            }
            return null;
        }
    }

    public IReadOnlyList<string> Authors => _authors ?? (string.IsNullOrEmpty(_author) ? [] : [_author]);

    public IReadOnlyList<string> Categories => _categories ?? [];

    public string? Volume { get; private set; }

    /// <summary>The issue; some exporters call it <c>number</c> (BibTeX), and <c>issue</c> wins when both are given.</summary>
    public string? Issue => _issue ?? _number;

    /// <summary>The first page: everything before a <c>-</c>, <c>--</c> or en dash in <c>pages</c>.</summary>
    public string? FirstPage => SplitPages().First;

    public string? LastPage => SplitPages().Last;

    /// <summary>Reads the object the reader stands on (or null, meaning no metadata).</summary>
    public static JsonMetadata Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return Empty;
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonRecordException($"\"metadata\" must be an object, not {JsonValues.Describe(reader.TokenType)}");

        var metadata = new JsonMetadata();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            metadata.ReadValue(key, ref reader);
        }
        return metadata;
    }

    // Field names are literals rather than "metadata." + key: this runs for every key of every record.
    private void ReadValue(string key, ref Utf8JsonReader reader)
    {
        switch (key)
        {
            case "year":
                _year = JsonValues.Year(ref reader, "metadata.year");
                break;
            case "authors":
                _authors = JsonValues.List(ref reader, "metadata.authors", SplitAuthors);
                break;
            case "author":
                _author = JsonValues.String(ref reader, "metadata.author")?.Trim();
                break;
            case "categories":
                _categories = JsonValues.List(ref reader, "metadata.categories", SplitCategories);
                break;
            case "volume":
                Volume = NullIfBlank(JsonValues.Text(ref reader, "metadata.volume"));
                break;
            case "issue":
                _issue = NullIfBlank(JsonValues.Text(ref reader, "metadata.issue"));
                break;
            case "number":
                _number = NullIfBlank(JsonValues.Text(ref reader, "metadata.number"));
                break;
            case "pages":
                _pages = NullIfBlank(JsonValues.Text(ref reader, "metadata.pages"));
                break;
            default:
                ReadOther(key, ref reader);
                break;
        }
    }

    private void ReadOther(string key, ref Utf8JsonReader reader)
    {
        var venue = Array.IndexOf(VenueKeys, key);
        var date = Array.IndexOf(DateKeys, key);
        if (venue >= 0)
            _venues[venue] = JsonValues.String(ref reader, VenueFields[venue])?.Trim();
        else if (date >= 0)
            _dates[date] = JsonValues.String(ref reader, DateFields[date])?.Trim();
        else
            reader.Skip();
    }

    /// <summary>
    /// The first four digits in a row of the first date that has them: the year of <c>2025-08-26</c> as of
    /// <c>March 2024</c> or <c>15/03/2019</c>, since only ISO dates become <see cref="Published"/>.
    /// </summary>
    private int? YearFromDate()
    {
        foreach (var date in _dates)
        {
            if (FirstFourDigits(date) is { } year)
                return year;
        }
        return null;
    }

    private static int? FirstFourDigits(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var start = text.IndexOfAnyInRange('0', '9');
            if (start < 0)
                return null;
            text = text[start..];
            var end = text.IndexOfAnyExceptInRange('0', '9');
            if ((end < 0 ? text.Length : end) >= 4)
                return int.Parse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture);
            if (end < 0)
                return null;
            text = text[end..];
        }
    }

    private (string? First, string? Last) SplitPages()
    {
        if (_pages is null)
            return (null, null);
        var dash = _pages.AsSpan().IndexOfAny('-', '\u2013');
        if (dash < 0)
            return (_pages, null);
        var first = _pages[..dash].Trim();
        var last = _pages[(dash + 1)..].TrimStart('-', '\u2013').Trim();
        return (NullIfBlank(first), NullIfBlank(last));
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string[] SplitAuthors(string authors) =>
        authors.Split([", ", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static string[] SplitCategories(string categories) =>
        categories.Split(' ', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
