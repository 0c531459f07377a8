using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>
/// Finds which words of a stored field the query matched, as character ranges. It re-analyzes the text with
/// the index analyzer, so stemmed forms match (<c>training</c> finds <c>trained</c>), and marks a phrase only
/// where the whole phrase occurs.
/// </summary>
/// <remarks>
/// A query of words and phrases (nearly every query) is matched directly against the analyzed tokens: each text is
/// analyzed once per analyzer, and phrases are found by position. Other queries (wildcards, fuzzy words, ranges)
/// go through Lucene's span-aware <see cref="QueryScorer"/>, which expands them; it also re-analyzes the text once
/// per field the query names and builds an in-memory index for every phrase, which made highlighting ten hits of a
/// pasted title cost 4–5 ms on arXiv 115k. Both give the same ranges for words and exact phrases (tested).
/// </remarks>
internal sealed class HitHighlighter
{
    private readonly Analyzer _analyzer;
    private readonly Query _query;
    private readonly Dictionary<string, (Highlighter Highlighter, RangeCollector Ranges)> _perField = new(StringComparer.Ordinal);

    /// <summary>What the query looks for in each English text field, by the field the text is analyzed as; shared by the threads highlighting hits.</summary>
    private readonly Dictionary<string, WantedTerms> _wanted = new(StringComparer.Ordinal);

    /// <summary>The query's words and phrases by field, or null when it holds terms that cannot be listed (wildcards, ranges).</summary>
    private readonly QueryWords? _words;

    /// <param name="query">The query as built (not flattened, not expanded by feedback).</param>
    /// <param name="analyzer">The index analyzer.</param>
    /// <param name="useQueryScorer">Always use Lucene's <see cref="QueryScorer"/> (for comparing the two in tests).</param>
    public HitHighlighter(Query query, Analyzer analyzer, bool useQueryScorer = false)
    {
        _query = query;
        _analyzer = analyzer;
        _words = useQueryScorer ? null : QueryWords.Of(query);
    }

    /// <summary>Whether <see cref="Find"/> may be called from several threads at once: the direct matching keeps no state, Lucene's highlighter does.</summary>
    public bool ThreadSafe => _words is not null;

    /// <summary>Sorted ranges of matched words; neighbours separated only by spaces or hyphens are joined into one range.</summary>
    /// <remarks>Title and abstract words also match through the flat title+abstract field that unfielded words search.</remarks>
    public IReadOnlyList<HighlightRange> Find(string field, string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        // (field the query names, field whose analyzer reads the text): the flat field is indexed from the title's
        // and the abstract's own tokens, the compounds by their own analyzer.
        var passes = new List<(string QueryField, string TextField)> { (field, field) };
        if (field is PaperFields.Title or PaperFields.Abstract)
        {
            passes.Add((PaperFields.Text, field));
            passes.Add((PaperFields.Compound, PaperFields.Compound));
        }
        var ranges = new List<HighlightRange>();
        if (_words is null)
        {
            foreach (var (queryField, textField) in passes)
            {
                ranges.AddRange(Collect(queryField, textField, text));
            }
        }
        else
        {
            var analyzed = new Dictionary<string, TextTokens>(StringComparer.Ordinal);
            foreach (var (queryField, textField) in passes)
            {
                var terms = _words.Terms(queryField);
                var phrases = _words.Phrases(queryField);
                if (terms.Count == 0 && phrases.Count == 0)
                {
                    // A field the query never names cannot match: no need to analyze the text for it.
                    continue;
                }
                if (!analyzed.TryGetValue(textField, out var tokens))
                {
                    tokens = (Wanted(textField, passes) is { } wanted ? TextTokens.Matching(wanted, text) : null)
                        ?? TextTokens.Analyze(_analyzer, textField, text, WantedRuns(textField, passes));
                    analyzed[textField] = tokens;
                }
                Mark(tokens, terms, phrases, ranges);
            }
        }
        return Merge(ranges.Distinct().ToList(), text);
    }

    /// <summary>
    /// For an English text field: every term that any pass reading the text as <paramref name="textField"/> looks for
    /// (its words and its phrases' words), made once per highlighter; null for other fields.
    /// </summary>
    private WantedTerms? Wanted(string textField, List<(string QueryField, string TextField)> passes)
    {
        if (_analyzer is not PaperAnalyzer paper || !paper.IsEnglishText(textField))
        {
            return null;
        }
        lock (_wanted)
        {
            if (!_wanted.TryGetValue(textField, out var wanted))
            {
                var terms = passes.Where(p => p.TextField == textField)
                    .SelectMany(p => _words!.Terms(p.QueryField).Concat(_words.Phrases(p.QueryField).SelectMany(phrase => phrase.Words)));
                wanted = new WantedTerms(_analyzer, textField, terms);
                _wanted[textField] = wanted;
            }
            return wanted;
        }
    }

    /// <summary>
    /// For the compound field, when every pass reading the text as compounds looks for terms only (no phrases): those
    /// terms, so that runs which cannot become one are skipped (made once per highlighter); null otherwise.
    /// </summary>
    private WantedTerms? WantedRuns(string textField, List<(string QueryField, string TextField)> passes)
    {
        if (textField != PaperFields.Compound)
        {
            return null;
        }
        var reading = passes.Where(p => p.TextField == textField).ToList();
        if (reading.Any(p => _words!.Phrases(p.QueryField).Count > 0))
        {
            return null;
        }
        lock (_wanted)
        {
            // Keyed apart from the English fields' entries: the compound field is never English text.
            if (!_wanted.TryGetValue(textField, out var wanted))
            {
                wanted = new WantedTerms(_analyzer, textField, reading.SelectMany(p => _words!.Terms(p.QueryField)));
                _wanted[textField] = wanted;
            }
            return wanted;
        }
    }

    private static void Mark(TextTokens tokens, IReadOnlySet<string> terms, IReadOnlyList<QueryPhrase> phrases, List<HighlightRange> ranges)
    {
        if (terms.Count > 0)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (terms.Contains(tokens.Term(i)))
                {
                    ranges.Add(tokens.Range(i));
                }
            }
        }
        foreach (var phrase in phrases)
        {
            foreach (var first in tokens.Occurrences(phrase.Words[0]))
            {
                if (MatchAt(tokens, phrase, first) is int[] match)
                {
                    ranges.AddRange(match.Select(tokens.Range));
                }
            }
        }
    }

    /// <summary>
    /// The tokens of <paramref name="phrase"/> starting at token <paramref name="first"/>, or null when it does not
    /// occur there: each later word at its expected position give or take the slop, all displacements within the slop
    /// of each other (Lucene's sloppy phrase distance for words in order).
    /// </summary>
    private static int[]? MatchAt(TextTokens tokens, QueryPhrase phrase, int first)
    {
        var anchor = tokens.Position(first) - phrase.Positions[0];
        int lowest = anchor, highest = anchor;
        var match = new int[phrase.Words.Length];
        match[0] = first;
        for (var k = 1; k < phrase.Words.Length; k++)
        {
            var best = -1;
            var bestDistance = int.MaxValue;
            foreach (var candidate in tokens.Occurrences(phrase.Words[k]))
            {
                var shift = tokens.Position(candidate) - phrase.Positions[k];
                var distance = Math.Abs(shift - anchor);
                if (tokens.Position(candidate) > tokens.Position(match[k - 1]) && Math.Max(highest, shift) - Math.Min(lowest, shift) <= phrase.Slop
                    && distance < bestDistance)
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            if (best < 0)
            {
                return null;
            }
            var chosen = tokens.Position(best) - phrase.Positions[k];
            lowest = Math.Min(lowest, chosen);
            highest = Math.Max(highest, chosen);
            match[k] = best;
        }
        return match;
    }

    private List<HighlightRange> Collect(string queryField, string textField, string text)
    {
        var (highlighter, ranges) = ForField(queryField);
        ranges.Clear();
        using (var tokens = _analyzer.GetTokenStream(textField, text))
        {
            highlighter.GetBestTextFragments(tokens, text, false, 1);
        }
        return [.. ranges.Ranges];
    }

    private (Highlighter, RangeCollector) ForField(string field)
    {
        if (!_perField.TryGetValue(field, out var entry))
        {
            var ranges = new RangeCollector();
            var highlighter = new Highlighter(ranges, new QueryScorer(_query, field))
            {
                TextFragmenter = new NullFragmenter(),
                MaxDocCharsToAnalyze = int.MaxValue,
            };
            entry = (highlighter, ranges);
            _perField[field] = entry;
        }
        return entry;
    }

    private static List<HighlightRange> Merge(List<HighlightRange> ranges, string text)
    {
        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var merged = new List<HighlightRange>(ranges.Count);
        foreach (var range in ranges)
        {
            if (merged.Count > 0 && OnlySeparators(text, merged[^1].End, range.Start))
            {
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, range.End) };
            }
            else
            {
                merged.Add(range);
            }
        }
        return merged;
    }

    private static bool OnlySeparators(string text, int from, int to)
    {
        if (to < from)
        {
            return true;
        }
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '-')
            {
                return false;
            }
        }
        return to - from <= 2;
    }

    /// <summary>An <see cref="IFormatter"/> that records where the highlighter would put markup instead of adding it.</summary>
    private sealed class RangeCollector : IFormatter
    {
        public List<HighlightRange> Ranges { get; } = [];

        public void Clear() => Ranges.Clear();

        public string HighlightTerm(string originalText, TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                Ranges.Add(new HighlightRange(tokenGroup.StartOffset, tokenGroup.EndOffset));
            }
            return originalText;
        }
    }
}
