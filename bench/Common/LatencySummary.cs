using System.Globalization;

namespace SearchAbstracts.Bench;

/// <summary>
/// The latency line every engine prints, in the format of <c>search-abstracts search --queries … --stats</c>:
/// <c>1000 queries in 2.41 s: p50 2.10 ms, p95 3.90 ms, p99 5.80 ms, 415.2 queries/s</c>.
/// Percentiles are nearest-rank over the per-query times.
/// </summary>
internal static class LatencySummary
{
    public static string Format(IReadOnlyList<double> milliseconds, TimeSpan total)
    {
        var sorted = milliseconds.Order().ToArray();
        var seconds = total.TotalSeconds;
        return string.Create(CultureInfo.InvariantCulture,
            $"{sorted.Length} queries in {seconds:0.00} s: p50 {Percentile(sorted, 50):0.00} ms, p95 {Percentile(sorted, 95):0.00} ms, " +
            $"p99 {Percentile(sorted, 99):0.00} ms, {sorted.Length / Math.Max(seconds, 1e-9):0.0} queries/s");
    }

    public static double Percentile(IReadOnlyList<double> sorted, double percent)
    {
        if (sorted.Count == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
