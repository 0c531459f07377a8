using System.Globalization;

namespace SearchAbstracts.Cli.Commands;

/// <summary>Reads <c>--year</c>: <c>2024..2026</c>, <c>2024..</c>, <c>..2026</c> or a single <c>2024</c>.</summary>
internal static class YearRange
{
    public static (int? From, int? To) Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }
        var parts = text.Split("..");
        if (parts.Length == 1)
        {
            var year = Year(parts[0], text);
            return (year, year);
        }
        if (parts.Length != 2 || (parts[0].Length == 0 && parts[1].Length == 0))
        {
            throw Bad(text);
        }
        return (parts[0].Length == 0 ? null : Year(parts[0], text), parts[1].Length == 0 ? null : Year(parts[1], text));
    }

    private static int Year(string part, string text) =>
        int.TryParse(part.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999
            ? year
            : throw Bad(text);

    private static UsageException Bad(string text) =>
        new($"--year takes FROM..TO with four-digit years, such as 2024..2026, 2024.. or ..2026, not '{text}'");
}
