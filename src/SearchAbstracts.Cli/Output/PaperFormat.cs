using System.Globalization;

namespace SearchAbstracts.Cli.Output;

/// <summary>Short human forms of a paper's citation and flags, shared by the text writers.</summary>
internal static class PaperFormat
{
    /// <summary><c>41(1): 341-358</c>, with whatever parts the paper has.</summary>
    public static string Citation(Paper paper)
    {
        var volume = paper.Volume ?? "";
        var issue = paper.Issue is null ? "" : $"({paper.Issue})";
        var pages = paper.Pages is null ? "" : $": {paper.Pages}";
        return $"{volume}{issue}{pages}";
    }

    /// <summary><c>Venue · 2026 · 41(1): 341-358 · 2026-04-30 · survey · open access · PDF 9.8 MB · 122 downloads</c>.</summary>
    public static string MetaLine(Paper paper)
    {
        var parts = new List<string>();
        AddIfAny(parts, paper.Venue);
        AddIfAny(parts, paper.Year?.ToString(CultureInfo.InvariantCulture));
        AddIfAny(parts, Citation(paper));
        AddIfAny(parts, paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        parts.Add(paper.ArticleType);
        if (paper.OpenAccess)
        {
            parts.Add("open access");
        }
        AddIfAny(parts, paper.PdfSize is null ? null : $"PDF {paper.PdfSize}");
        AddIfAny(parts, paper.Downloads is int d ? $"{d.ToString(CultureInfo.InvariantCulture)} downloads" : null);
        return string.Join(" · ", parts);
    }

    private static void AddIfAny(List<string> parts, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(value);
        }
    }
}
