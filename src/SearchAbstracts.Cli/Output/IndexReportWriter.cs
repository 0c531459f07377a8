using System.Globalization;
using SearchAbstracts.Indexing;

namespace SearchAbstracts.Cli.Output;

/// <summary>Writes indexing diagnostics (compiler style, <c>file:line: error: …</c>) and the one-line summary.</summary>
internal static class IndexReportWriter
{
    public static void Write(IndexBuildReport report, TextWriter error, bool summary = true)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
        if (report.Cancelled)
        {
            // Said even with --quiet: the user must know the run did not finish and what was kept.
            error.WriteLine($"Stopped early; committed what was read so far ({Counts(report)}). Run the same command again to finish: unchanged papers are skipped.");
        }
        if (summary && !report.Cancelled)
        {
            var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            error.WriteLine($"Indexed {Plural(report.Indexed, "paper")} from {Plural(report.Files, "file")} in {seconds} s: {Counts(report)}");
        }
    }

    public static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} {noun}s";

    private static string Counts(IndexBuildReport report)
    {
        var c = CultureInfo.InvariantCulture;
        var pruned = report.Pruned > 0 ? string.Create(c, $", {report.Pruned:N0} pruned") : "";
        return string.Create(c, $"{report.Added:N0} added, {report.Updated:N0} updated, {report.Unchanged:N0} unchanged, {report.Skipped:N0} skipped{pruned}");
    }
}
