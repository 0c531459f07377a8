using System.Text.RegularExpressions;

namespace SearchAbstracts.Acronyms;

/// <summary>
/// Finds definitions of the form <c>long form (ACRONYM)</c> or <c>(ACRONYMs)</c> in text, e.g.
/// <c>Mixture-of-Experts (MoE)</c>, <c>Large language models (LLMs)</c>, with the Schwartz–Hearst rule: every
/// letter of the acronym, right to left, must be found in the long form, the first at the start of a word.
/// </summary>
internal static partial class AcronymExtractor
{
    public static IEnumerable<AcronymDefinition> Extract(string text)
    {
        // Most abstracts define nothing; the regex is not even started for text without a parenthesis.
        if (!text.Contains('('))
        {
            yield break;
        }
        // Matches found as positions, not Match objects: most parenthesized words are no acronym (i, ii, e.g., a
        // name), and the acronym's own string is made only once it has its two capitals.
        var matches = new List<(int Index, int Length)>();
        foreach (var match in Parenthesized().EnumerateMatches(text))
        {
            matches.Add((match.Index, match.Length));
        }
        foreach (var (index, length) in matches)
        {
            var candidate = text.AsSpan(index + 1, length - 2);
            if (candidate.Length > 2 && candidate[^1] == 's' && !HasLowerCaseLetter(candidate[..^1]))
            {
                candidate = candidate[..^1]; // LLMs → LLM
            }
            if (CountUpper(candidate) < 2)
            {
                continue;
            }
            var acronym = candidate.ToString();
            var window = LastWords(SentenceSoFar(text.AsSpan(0, index)), Math.Min(acronym.Length + 5, acronym.Length * 2));
            if (BestLongForm(acronym, window) is string longForm)
            {
                yield return new AcronymDefinition(acronym, longForm);
            }
        }
    }

    /// <summary>Schwartz &amp; Hearst (2003), "A simple algorithm for identifying abbreviation definitions".</summary>
    private static string? BestLongForm(string shortForm, string longForm)
    {
        var s = shortForm.Length - 1;
        var l = longForm.Length - 1;
        while (s >= 0)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c))
            {
                s--;
                continue;
            }
            while ((l >= 0 && char.ToLowerInvariant(longForm[l]) != c) || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1])))
            {
                l--;
            }
            if (l < 0)
            {
                return null;
            }
            l--;
            s--;
        }
        var start = longForm.LastIndexOfAny([' ', '(', '[', '"'], Math.Max(l, 0)) + 1;
        var result = longForm[start..].Trim();
        var words = result.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // A one-word "long form" is usually the acronym's own word (e.g. "TianjicX (TX)"), not a definition.
        return words >= 2 || result.Contains('-', StringComparison.Ordinal) ? result : null;
    }

    /// <summary>A long form never reaches back past the start of its sentence, line or clause.</summary>
    /// <remarks>Spans, not substrings: an abstract with many parentheses would otherwise copy its prefix once per match.</remarks>
    private static ReadOnlySpan<char> SentenceSoFar(ReadOnlySpan<char> before)
    {
        var cut = Math.Max(before.LastIndexOf('\n'), Math.Max(before.LastIndexOf(". "), before.LastIndexOf("; ")));
        return before[(cut + 1)..].TrimEnd();
    }

    /// <summary>The last <paramref name="count"/> whitespace-separated words of <paramref name="text"/>, joined by single spaces.</summary>
    private static string LastWords(ReadOnlySpan<char> text, int count)
    {
        var words = new List<string>(count);
        var end = text.Length;
        while (words.Count < count)
        {
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }
            if (end == 0)
            {
                break;
            }
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }
            words.Add(text[start..end].ToString());
            end = start;
        }
        words.Reverse();
        return string.Join(' ', words);
    }

    private static bool HasLowerCaseLetter(ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountUpper(ReadOnlySpan<char> chars)
    {
        var count = 0;
        foreach (var c in chars)
        {
            if (char.IsUpper(c))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>A parenthesized token of 2–10 letters/digits with at least two capitals (checked after the plural is removed).</summary>
    [GeneratedRegex(@"\((?<acronym>[A-Za-z][A-Za-z0-9\-]{1,9})\)")]
    private static partial Regex Parenthesized();
}
