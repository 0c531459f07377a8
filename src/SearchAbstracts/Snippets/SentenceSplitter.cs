using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>
/// Splits abstract text into sentences: after <c>.</c>, <c>?</c> or <c>!</c> followed by white space and a
/// capital letter, digit or opening bracket/quote, and at paragraph breaks. A period inside a number
/// (<c>8.11%</c>) or after a common abbreviation (<c>e.g.</c>, <c>et al.</c>) does not end a sentence.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly string[] Abbreviations = ["e.g", "i.e", "et al", "etc", "vs", "Fig", "Eq", "cf", "approx", "resp"];

    /// <summary>Sentence spans, trimmed of surrounding white space, in text order.</summary>
    public static IReadOnlyList<HighlightRange> Split(string text)
    {
        var sentences = new List<HighlightRange>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                AddTrimmed(sentences, text, start, i + 1);
                start = SkipSpace(text, i + 1);
                i = start - 1;
            }
        }
        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return i + 1 < text.Length && text[i + 1] == '\n';
        }
        if (c is not ('.' or '?' or '!') || i + 2 >= text.Length || !char.IsWhiteSpace(text[i + 1]))
        {
            return false;
        }
        var next = text[SkipSpace(text, i + 1) is var n && n < text.Length ? n : text.Length - 1];
        var opensSentence = char.IsUpper(next) || char.IsDigit(next) || next is '(' or '[' or '"' or '“';
        return opensSentence && (c != '.' || !EndsWithAbbreviation(text, i));
    }

    private static bool EndsWithAbbreviation(string text, int period)
    {
        foreach (var abbreviation in Abbreviations)
        {
            var from = period - abbreviation.Length;
            if (from >= 0 && string.CompareOrdinal(text, from, abbreviation, 0, abbreviation.Length) == 0
                && (from == 0 || !char.IsLetter(text[from - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static void AddTrimmed(List<HighlightRange> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new HighlightRange(start, end));
        }
    }
}
