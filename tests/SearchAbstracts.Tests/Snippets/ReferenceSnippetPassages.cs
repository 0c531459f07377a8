using SearchAbstracts.Search;
using SearchAbstracts.Snippets;

namespace SearchAbstracts.Tests.Snippets;

/// <summary>
/// The snippet generator as it was before it compared terms by number (passages only): the reference the current one
/// must agree with, passage for passage, on real abstracts (<see cref="SnippetGeneratorEquivalenceTests"/>).
/// </summary>
internal static class ReferenceSnippetPassages
{
    public static List<HighlightRange> Passages(string text, IReadOnlyList<HighlightRange> highlights, int count, int length)
    {
        if (text.Length == 0 || count <= 0)
        {
            return [];
        }
        var sentences = SentenceSplitter.Split(text);
        if (sentences.Count == 0)
        {
            return [];
        }
        if (highlights.Count == 0)
        {
            return [Fit(text, sentences[0], sentences[0].Start, length)];
        }
        var candidates = Candidates(text, sentences, highlights, length);
        var chosen = new List<HighlightRange>();
        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (chosen.Count < count && Best(text, candidates, highlights, chosen, covered) is HighlightRange best)
        {
            chosen.Add(best);
            foreach (var term in TermsIn(text, best, highlights))
            {
                covered.Add(term);
            }
        }
        return chosen.OrderBy(p => p.Start).ToList();
    }

    /// <summary>
    /// One candidate per sentence with a match: that sentence plus those after it that still fit in
    /// <paramref name="length"/>. Starting at a match keeps the matched words up front, where the eye lands.
    /// </summary>
    private static List<HighlightRange> Candidates(string text, IReadOnlyList<HighlightRange> sentences, IReadOnlyList<HighlightRange> highlights, int length)
    {
        var passages = new List<HighlightRange>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var focus = highlights.FirstOrDefault(h => h.Start >= sentences[i].Start && h.End <= sentences[i].End);
            if (focus.Length == 0)
            {
                continue;
            }
            var passage = Fit(text, sentences[i], focus.Start, length);
            for (var j = i + 1; j < sentences.Count && passage.End == sentences[j - 1].End && sentences[j].End - passage.Start <= length; j++)
            {
                passage = passage with { End = sentences[j].End };
            }
            passages.Add(passage);
        }
        return passages;
    }

    private static HighlightRange? Best(string text, List<HighlightRange> candidates, IReadOnlyList<HighlightRange> highlights,
        List<HighlightRange> chosen, HashSet<string> covered)
    {
        HighlightRange? best = null;
        var bestScore = 0;
        foreach (var candidate in candidates)
        {
            if (chosen.Any(c => c.Start < candidate.End && candidate.Start < c.End))
            {
                continue;
            }
            var terms = TermsIn(text, candidate, highlights).ToList();
            var fresh = terms.Distinct(StringComparer.OrdinalIgnoreCase).Count(t => !covered.Contains(t));
            var score = (fresh * 1000) + terms.Count;
            if (terms.Count > 0 && score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static IEnumerable<string> TermsIn(string text, HighlightRange passage, IReadOnlyList<HighlightRange> highlights) =>
        highlights.Where(h => h.Start >= passage.Start && h.End <= passage.End).Select(h => text[h.Start..h.End]);

    /// <summary>A sentence longer than 1.2 × <paramref name="length"/> is cut to a window of whole words around <paramref name="focus"/>.</summary>
    private static HighlightRange Fit(string text, HighlightRange sentence, int focus, int length)
    {
        if (sentence.Length <= length * 6 / 5)
        {
            return sentence;
        }
        var start = Math.Max(sentence.Start, focus - (length / 4));
        if (start > sentence.Start)
        {
            start = WordStartAtOrAfter(text, start, focus);
        }
        var end = Math.Min(sentence.End, start + length);
        if (end < sentence.End)
        {
            end = WordEndAtOrBefore(text, end, start);
        }
        return new HighlightRange(start, end);
    }

    private static int WordStartAtOrAfter(string text, int i, int limit)
    {
        while (i < limit && !char.IsWhiteSpace(text[i - 1]))
        {
            i++;
        }
        return i;
    }

    private static int WordEndAtOrBefore(string text, int i, int limit)
    {
        var end = i;
        while (end > limit && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }
        while (end > limit && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or ';' or ':'))
        {
            end--;
        }
        return end > limit ? end : i;
    }

}
