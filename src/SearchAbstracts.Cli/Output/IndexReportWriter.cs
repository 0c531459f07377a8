using System.Globalization;
using SearchAbstracts.Indexing;

namespace SearchAbstracts.Cli.Output;

/// <summary>Writes indexing diagnostics (compiler style, <c>file:line: error: …</c>) and the one-line summary.</summary>
internal static class IndexReportWriter
{
    public static void Write(IndexBuildReport report, TextWriter error)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        error.WriteLine(
            $"Indexed {Plural(report.Indexed, "paper")} from {Plural(report.Files, "file")} in {seconds} s, {report.Skipped} skipped " +
            $"({report.Added} new, {report.Replaced} replaced)");
    }

    public static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
