using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>
/// Chooses the fragments of an abstract to show: whole sentences where they fit in about
/// <c>length</c> characters, else a window of whole words around the first match; the passage with the
/// most distinct matched words wins, and a second one must add words the first lacks or more matches.
/// Without any match the first sentence is shown, so a hit never comes without context.
/// </summary>
internal static class SnippetGenerator
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<Snippet> Create(string text, IReadOnlyList<HighlightRange> highlights, int count, int length)
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
            return [Cut(text, Fit(text, sentences[0], sentences[0].Start, length), highlights)];
        }
        var candidates = Passages(text, sentences, highlights, length);
        var terms = TermIds(text, highlights, out var distinct);
        var chosen = new List<HighlightRange>();
        var covered = new bool[distinct];
        var seen = new bool[distinct];
        while (chosen.Count < count && Best(candidates, highlights, terms, chosen, covered, seen) is HighlightRange best)
        {
            chosen.Add(best);
            for (var h = 0; h < highlights.Count; h++)
            {
                if (Within(highlights[h], best))
                {
                    covered[terms[h]] = true;
                }
            }
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return chosen.ConvertAll(p => Cut(text, p, highlights));
    }

    /// <summary>
    /// Each highlight's term as a number, the same for the same characters in any case (0, 1, … in order of first
    /// appearance), and how many there are. Passages are compared by their terms many times over; comparing numbers
    /// rather than cut-out strings took the garbage of a hit's snippets from 13 KB to a fraction (arXiv 115k).
    /// </summary>
    private static int[] TermIds(string text, IReadOnlyList<HighlightRange> highlights, out int distinct)
    {
        var ids = new int[highlights.Count];
        var known = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var h = 0; h < highlights.Count; h++)
        {
            var term = text.AsSpan(highlights[h].Start, highlights[h].Length);
            if (!bySpan.TryGetValue(term, out var id))
            {
                id = known.Count;
                bySpan[term] = id;
            }
            ids[h] = id;
        }
        distinct = known.Count;
        return ids;
    }

    private static bool Within(HighlightRange highlight, HighlightRange passage) => highlight.Start >= passage.Start && highlight.End <= passage.End;

    /// <summary>
    /// One candidate per sentence with a match: that sentence plus those after it that still fit in
    /// <paramref name="length"/>. Starting at a match keeps the matched words up front, where the eye lands.
    /// </summary>
    private static List<HighlightRange> Passages(string text, IReadOnlyList<HighlightRange> sentences, IReadOnlyList<HighlightRange> highlights, int length)
    {
        var passages = new List<HighlightRange>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var focus = FirstWithin(highlights, sentences[i]);
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

    /// <summary>
    /// The candidate not overlapping those chosen with the most distinct terms not yet covered (case aside), then the
    /// most matches; the first of equals. Null when none has a match.
    /// </summary>
    private static HighlightRange? Best(List<HighlightRange> candidates, IReadOnlyList<HighlightRange> highlights, int[] terms,
        List<HighlightRange> chosen, bool[] covered, bool[] seen)
    {
        HighlightRange? best = null;
        var bestScore = 0;
        foreach (var candidate in candidates)
        {
            if (Overlaps(chosen, candidate))
            {
                continue;
            }
            Array.Clear(seen);
            var matches = 0;
            var fresh = 0;
            for (var h = 0; h < highlights.Count; h++)
            {
                if (!Within(highlights[h], candidate))
                {
                    continue;
                }
                matches++;
                var term = terms[h];
                if (!seen[term])
                {
                    seen[term] = true;
                    fresh += covered[term] ? 0 : 1;
                }
            }
            var score = (fresh * 1000) + matches;
            if (matches > 0 && score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static bool Overlaps(List<HighlightRange> chosen, HighlightRange candidate)
    {
        foreach (var c in chosen)
        {
            if (c.Start < candidate.End && candidate.Start < c.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The first highlight inside <paramref name="sentence"/>, or an empty range.</summary>
    private static HighlightRange FirstWithin(IReadOnlyList<HighlightRange> highlights, HighlightRange sentence)
    {
        for (var h = 0; h < highlights.Count; h++)
        {
            if (Within(highlights[h], sentence))
            {
                return highlights[h];
            }
        }
        return default;
    }

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

    private static Snippet Cut(string text, HighlightRange passage, IReadOnlyList<HighlightRange> highlights)
    {
        // A cut between words keeps its space ("… Next sentence"); a cut inside a word would not happen.
        var prefix = passage.Start == 0 ? "" : char.IsWhiteSpace(text[passage.Start - 1]) ? Ellipsis + " " : Ellipsis;
        var suffix = passage.End == text.Length ? "" : char.IsWhiteSpace(text[passage.End]) ? " " + Ellipsis : Ellipsis;
        var shift = prefix.Length - passage.Start;
        var inside = highlights
            .Where(h => h.Start >= passage.Start && h.End <= passage.End)
            .Select(h => new HighlightRange(h.Start + shift, h.End + shift))
            .ToList();
        return new Snippet(prefix + text[passage.Start..passage.End] + suffix, inside);
    }
}
