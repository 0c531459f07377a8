using System.Text.RegularExpressions;

namespace SearchAbstracts.Bench.QuerySets;

/// <summary>
/// Counts, for every 1-, 2- and 3-word sequence of title words, the number of titles it occurs in. Titles are
/// lower-cased, LaTeX math (<c>$…$</c>) is dropped, and sequences never cross punctuation (<c>:</c>, <c>,</c>, brackets…).
/// A sequence counts only when none of its words is a stop word or a title filler word and each has a letter:
/// "graph neural networks" and "diffusion" qualify, "via" and "of the" do not.
/// </summary>
internal static partial class TitleNgrams
{
    /// <summary>Lucene's English stop words plus other function words and words that frame a title rather than name a topic.</summary>
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of",
        "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
        "about", "across", "after", "against", "all", "along", "among", "any", "around", "before", "behind", "beyond",
        "between", "both", "can", "do", "does", "down", "during", "each", "every", "from", "how", "its", "less", "more",
        "most", "new", "novel", "one", "only", "our", "out", "over", "than", "through", "toward", "towards", "two", "under",
        "up", "upon", "using", "versus", "via", "vs", "we", "what", "when", "where", "which", "while", "who", "why",
        "within", "without", "you", "your", "based", "i", "ii", "iii",
    };

    public static Dictionary<string, int> Count(IEnumerable<string> titles)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            seen.Clear();
            var text = Math().Replace(title, " ").ToLowerInvariant();
            foreach (var segment in Breaks().Split(text))
            {
                var words = Word().Matches(segment).Select(m => m.Value).ToArray();
                for (var start = 0; start < words.Length; start++)
                {
                    for (var length = 1; length <= 3 && start + length <= words.Length; length++)
                    {
                        if (!Qualifies(words[start + length - 1]))
                        {
                            break;
                        }
                        var ngram = string.Join(' ', words, start, length);
                        if (seen.Add(ngram))
                        {
                            counts[ngram] = counts.GetValueOrDefault(ngram) + 1;
                        }
                    }
                }
            }
        }
        return counts;
    }

    private static bool Qualifies(string word) => word.Length >= 2 && word.Any(char.IsLetter) && !Excluded.Contains(word);

    [GeneratedRegex(@"\$[^$]*\$")]
    private static partial Regex Math();

    [GeneratedRegex(@"[:;,.!?()\[\]{}""“”/|–—]|\s-\s")]
    private static partial Regex Breaks();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
