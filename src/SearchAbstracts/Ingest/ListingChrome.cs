using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// The page furniture around the records: the <c>Sort:</c> line above them and the <c>Total N</c> line below.
/// </summary>
internal static partial class ListingChrome
{
    public static bool IsSort(string line) =>
        line.StartsWith("Sort:", StringComparison.Ordinal) || line.Equals("Sort", StringComparison.Ordinal);

    /// <summary>Reads <c>Total 8</c> (thousands separators allowed); false for any other line.</summary>
    public static bool TryParseTotal(string line, out int total)
    {
        total = 0;
        var match = TotalLine().Match(line);
        return match.Success && int.TryParse(
            match.Groups["n"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out total);
    }

    /// <summary>True for a line that ends the abstract before it without being part of any record.</summary>
    public static bool IsChrome(string line) => IsSort(line) || TryParseTotal(line, out _);

    [GeneratedRegex(@"^Total\s*:?\s*(?<n>\d{1,3}(?:,\d{3})+|\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalLine();
}
