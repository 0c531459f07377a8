using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// A large listing made from the seed: its records repeated, each copy with its own volume numbers so that every
/// citation (and so every paper id) is distinct, as on a real multi-page listing.
/// </summary>
internal static partial class SyntheticListing
{
    public const int SeedRecords = 8;

    /// <summary>The seed text with its records repeated <paramref name="copies"/> times (1 gives the seed's records unchanged).</summary>
    public static string Create(int copies)
    {
        var seed = File.ReadAllText(BenchmarkPaths.SeedListing);
        // The "Sort:" header and "Total 8" footer frame a listing once; only the records between them repeat.
        var start = seed.IndexOf('\n', StringComparison.Ordinal) + 1;
        var end = seed.LastIndexOf("Total ", StringComparison.Ordinal);
        var records = seed[start..end].TrimEnd() + "\n\n";
        var listing = new StringBuilder(seed[..start]);
        for (var copy = 0; copy < copies; copy++)
        {
            listing.Append(copy == 0 ? records : Volume().Replace(records, m =>
                string.Create(CultureInfo.InvariantCulture, $"{m.Groups[1].Value}{copy}0{m.Groups[2].Value}{m.Groups[3].Value}")));
        }
        return listing.Append(CultureInfo.InvariantCulture, $"Total {copies * SeedRecords}\n").ToString();
    }

    /// <summary>A citation line's <c>YEAR, VOLUME(</c> or <c>YEAR, VOLUME:</c> part.</summary>
    [GeneratedRegex(@"(?m)^([^\n]* \d{4}, )(\d+)([(:])")]
    private static partial Regex Volume();
}
