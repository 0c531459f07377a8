using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>Reads <c>Published: 09 February 2026</c> (also <c>9 Feb 2026</c>, <c>9 Sept. 2026</c>, <c>2026-02-09</c>).</summary>
internal static partial class PublishedDateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>True for any line labelled <c>Published:</c>, readable or not, so a bad date is reported, not read as text.</summary>
    public static bool IsPublishedLine(string line) => PublishedLabel().IsMatch(line);

    public static bool TryParse(string line, out DateOnly date)
    {
        date = default;
        var value = PublishedLabel().Replace(line, string.Empty);
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return true;
        var match = DayMonthYear().Match(value);
        if (!match.Success || !Months.TryGetValue(match.Groups["month"].Value, out var month))
            return false;
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // DateOnly rejects impossible days such as 31 February; TryParseExact does the range checks for us.
        var iso = FormattableString.Invariant($"{year:D4}-{month:D2}-{day:D2}");
        return DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Sept"] = 9 };
        var names = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
        for (var i = 0; i < 12; i++)
        {
            months[names[i]] = i + 1;
            months[names[i][..3]] = i + 1;
        }

        return months;
    }

    [GeneratedRegex(@"^Published\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"^(?<day>\d{1,2})\s+(?<month>\p{L}+)\.?,?\s+(?<year>\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();
}
