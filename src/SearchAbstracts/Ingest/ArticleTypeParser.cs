using System.Text.RegularExpressions;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads the badge line that opens a record: <c>Issue</c>, <c>Survey Issue</c>, <c>Open Access Review Issue</c>, ...
/// </summary>
internal static partial class ArticleTypeParser
{
    /// <summary>Longer lines are prose, not badges; the longest real badge is well under this.</summary>
    public const int MaxLength = 60;

    private const string OpenAccess = "Open Access";
    private const string Issue = "Issue";

    /// <summary>
    /// True for a line of plain words ending in the word <c>Issue</c> (case-sensitive: prose says "issue").
    /// This alone does not make a record start; see <see cref="RecordStarts"/>.
    /// </summary>
    public static bool IsTypeLine(string line) => line.Length <= MaxLength && TypeLine().IsMatch(line);

    /// <summary>
    /// True for the badges the platform prints: <c>Issue</c> after at most two capitalised words, with or without a leading
    /// <c>Open Access</c> (<c>Survey Issue</c>, <c>Open Access Review Issue</c>). Prose that ends in "Issue" ("Guest Editors
    /// of the Special Issue") has more words or lower-case ones.
    /// </summary>
    public static bool IsPlainBadge(string line) => line.Length <= MaxLength && PlainBadge().IsMatch(line);

    /// <summary>
    /// Splits a type line into the article type (lower case; <c>research</c> when only <c>Issue</c> is left)
    /// and the open-access flag. Unknown words are kept, so a new badge such as <c>Editorial</c> still shows.
    /// </summary>
    public static (string ArticleType, bool OpenAccess) Parse(string line)
    {
        var words = Spaces().Replace(line[..^Issue.Length], " ").Trim();
        var openAccess = StartsWithWords(words, OpenAccess);
        if (openAccess)
            words = words[OpenAccess.Length..].Trim();
        var type = words.Length == 0 ? "research" : words.ToLowerInvariant();
        return (type, openAccess);
    }

    private static bool StartsWithWords(string text, string words) =>
        text.StartsWith(words, StringComparison.OrdinalIgnoreCase)
        && (text.Length == words.Length || char.IsWhiteSpace(text[words.Length]));

    [GeneratedRegex(@"^(?:\p{L}[\p{L}'’&-]*\s+)*Issue$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^(?:Open\s+Access\s+)?(?:\p{Lu}\p{L}*\s+){0,2}Issue$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainBadge();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
