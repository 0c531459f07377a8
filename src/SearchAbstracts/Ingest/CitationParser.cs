using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads <c>Venue Year, Volume(Issue): First-Last</c>. The pattern is anchored at the end and the venue is
/// matched greedily, so the citation is taken from the right: venues may contain parentheses, digits and commas
/// (<c>Journal of Tsinghua University (Science and Technology) 2022, 62(5): 943-951</c>).
/// </summary>
internal static partial class CitationParser
{
    public static bool TryParse(string line, out Citation citation)
    {
        citation = null!;
        var match = CitationLine().Match(line);
        if (!match.Success)
            return false;
        citation = new Citation(
            match.Groups["venue"].Value,
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            ValueOrNull(match.Groups["volume"]),
            ValueOrNull(match.Groups["issue"]),
            ValueOrNull(match.Groups["first"]),
            ValueOrNull(match.Groups["last"]));
        return true;
    }

    public static bool IsCitation(string line) => CitationLine().IsMatch(line);

    private static string? ValueOrNull(Group group) =>
        group.Success && group.Value.Length > 0 ? group.Value : null;

    // Year, then a comma, then a volume and/or a parenthesised issue: requiring the comma and the volume keeps
    // a title that merely ends in a year ("Trends in HPC 2025") from passing as a citation. Pages are optional,
    // either "first-last" (hyphen or any dash, spaces allowed) or a single "first"; page ids may carry letters (e12).
    [GeneratedRegex(
        @"^(?<venue>\S(?:.*\S)?)\s+(?<year>\d{4})\s*,\s*"
        + @"(?:(?<volume>[A-Za-z0-9.]+)\s*(?:\(\s*(?<issue>[^()]*?)\s*\))?|\(\s*(?<issue>[^()]*?)\s*\))"
        + @"(?:\s*:\s*(?<first>[A-Za-z]*\d+[A-Za-z0-9]*)(?:\s*[-‐‑‒–—]\s*(?<last>[A-Za-z]*\d+[A-Za-z0-9]*))?)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CitationLine();
}
