using System.Globalization;
using SearchAbstracts.Facets;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Output;

/// <summary>Human-readable output: hits with highlighted title and snippets, the totals, then venue counts.</summary>
internal static class TextResultsWriter
{
    private const string Indent = "    ";

    public static void Write(SearchResults results, SearchRequest request, TextWriter output, bool color)
    {
        if (results.Explanation.Count > 0)
        {
            output.WriteLine(HighlightRenderer.Bold("How the query was read", color));
            foreach (var line in results.Explanation)
            {
                output.WriteLine($"{Indent}{line}");
            }
            output.WriteLine();
        }
        foreach (var hit in results.Hits)
        {
            WriteHit(hit, output, color);
        }
        output.WriteLine(Summary(results, request));
        if (results.Venues.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(HighlightRenderer.Bold("Venues", color));
            WriteCounts(results.Venues, output);
        }
    }

    public static void WritePaper(Paper paper, TextWriter output)
    {
        output.WriteLine(HighlightRenderer.Inert(paper.Title));
        output.WriteLine(HighlightRenderer.Inert(PaperFormat.MetaLine(paper)));
        output.WriteLine($"id: {paper.Id}");
        if (paper.Source is not null)
        {
            output.WriteLine($"source: {paper.Source}");
        }
        output.WriteLine();
        output.WriteLine(string.Join('\n', paper.Abstract.Split('\n').Select(HighlightRenderer.Inert)));
    }

    public static void WriteStats(IndexStats stats, string indexPath, TextWriter output)
    {
        output.WriteLine($"Index:  {indexPath}");
        output.WriteLine($"Papers: {stats.Papers.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"Size:   {FormatBytes(stats.SizeBytes)} ({stats.SizeBytes.ToString(CultureInfo.InvariantCulture)} bytes)");
        output.WriteLine();
        output.WriteLine("Venues");
        WriteCounts(stats.Venues, output);
        output.WriteLine();
        output.WriteLine("Years");
        WriteCounts(stats.Years, output);
    }

    private static void WriteHit(SearchHit hit, TextWriter output, bool color)
    {
        var rank = $"{hit.Rank.ToString(CultureInfo.InvariantCulture)}.".PadLeft(3);
        output.WriteLine($"{rank} {HighlightRenderer.Bold(HighlightRenderer.Render(hit.Paper.Title, hit.TitleHighlights, color, insideBold: true), color)}");
        output.WriteLine($"{Indent}{HighlightRenderer.Inert(PaperFormat.MetaLine(hit.Paper))}");
        var score = hit.Score.ToString("0.000", CultureInfo.InvariantCulture);
        output.WriteLine($"{Indent}{HighlightRenderer.Dim($"score {score} · id {hit.Paper.Id}", color)}");
        foreach (var snippet in hit.Snippets)
        {
            output.WriteLine($"{Indent}{HighlightRenderer.Render(snippet.Text, snippet.Highlights, color)}");
        }
        if (hit.Why.Count > 0)
        {
            var parts = hit.Why.Select(w => $"{w.Field}:{w.Match} {w.Score.ToString("0.000", CultureInfo.InvariantCulture)}");
            output.WriteLine($"{Indent}{HighlightRenderer.Dim("why: " + string.Join(" · ", parts), color)}");
        }
        output.WriteLine();
    }

    private static string Summary(SearchResults results, SearchRequest request)
    {
        var ms = results.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture);
        var papers = results.Total == 1 ? "1 paper matches" : $"{results.Total.ToString(CultureInfo.InvariantCulture)} papers match";
        if (results.Hits.Count == 0)
        {
            return results.Total == 0
                ? $"No papers match \"{results.Query}\" ({ms} ms)"
                : $"{papers} \"{results.Query}\", none at --offset {request.Offset} ({ms} ms)";
        }
        var first = results.Hits[0].Rank;
        var last = results.Hits[^1].Rank;
        return $"{papers} \"{results.Query}\"; showing {first}-{last} ({ms} ms)";
    }

    private static void WriteCounts(IReadOnlyList<FacetValue> counts, TextWriter output)
    {
        var width = counts.Count == 0 ? 1 : counts.Max(c => c.Count).ToString(CultureInfo.InvariantCulture).Length;
        foreach (var value in counts)
        {
            output.WriteLine($"{Indent}{value.Count.ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {value.Value}");
        }
    }

    private static string FormatBytes(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture)} MB",
    };
}
