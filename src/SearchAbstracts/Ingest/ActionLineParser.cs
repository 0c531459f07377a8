using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads the two short lines under the date: the action links (<c>Abstract PDF (9.8 MB) Collect</c>)
/// and the optional download count (<c>Downloads:122</c>).
/// </summary>
internal static partial class ActionLineParser
{
    public static bool IsActionLine(string line) => ActionLine().IsMatch(line);

    /// <summary>
    /// The PDF size normalised to <c>9.8 MB</c>; null when no PDF is offered. <paramref name="unreadable"/> holds
    /// the text in the parentheses when it is not a size (the PDF is then still recorded, as written).
    /// </summary>
    public static string? PdfSize(string line, out string? unreadable)
    {
        unreadable = null;
        var size = ActionLine().Match(line).Groups["size"];
        if (!size.Success)
            return null;
        var match = Size().Match(size.Value);
        if (match.Success)
            return $"{match.Groups["n"].Value.Replace(',', '.')} {match.Groups["unit"].Value.ToUpperInvariant()}";
        unreadable = size.Value;
        return size.Value.Length > 0 ? size.Value : null;
    }

    /// <summary>True for any line labelled <c>Downloads:</c>, readable or not.</summary>
    public static bool IsDownloadsLine(string line) => DownloadsLabel().IsMatch(line);

    /// <summary>Reads <c>Downloads:122</c> or <c>Downloads: 1,234</c> (comma, space or no-break space as separator).</summary>
    public static bool TryParseDownloads(string line, out int downloads)
    {
        var digits = DownloadsLabel().Replace(line, string.Empty);
        downloads = 0;
        return Count().IsMatch(digits) && int.TryParse(
            Separators().Replace(digits, string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out downloads);
    }

    [GeneratedRegex(
        @"^Abstract(?:\s+(?:HTML|Full\s*Text))?(?:\s+PDF(?:\s*\(\s*(?<size>[^()]*?)\s*\))?)?(?:\s+Collect)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ActionLine();

    [GeneratedRegex(@"^(?<n>\d+(?:[.,]\d+)?)\s*(?<unit>[KMG]B)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Size();

    [GeneratedRegex(@"^Downloads\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DownloadsLabel();

    [GeneratedRegex(@"^\d{1,3}(?:[,\s]\d{3})+$|^\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    [GeneratedRegex(@"[,\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
