using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>
/// Finds which words of a stored field the query matched, as character ranges. It re-analyzes the text with
/// the index analyzer, so stemmed forms match (<c>training</c> finds <c>trained</c>), and scores with a
/// span-aware <see cref="QueryScorer"/>, so a phrase is marked only where the whole phrase occurs.
/// </summary>
internal sealed class HitHighlighter
{
    private readonly Analyzer _analyzer;
    private readonly Query _query;
    private readonly Dictionary<string, (Highlighter Highlighter, RangeCollector Ranges)> _perField = new(StringComparer.Ordinal);

    /// <summary>Fields the query searches, or null when it holds terms that cannot be listed (wildcards, ranges).</summary>
    private readonly HashSet<string>? _queryFields;

    public HitHighlighter(Query query, Analyzer analyzer)
    {
        _query = query;
        _analyzer = analyzer;
        var terms = new List<Lucene.Net.Index.Term>();
        _queryFields = PlainWords.TryCollect(query, terms) ? terms.Select(t => t.Field).ToHashSet(StringComparer.Ordinal) : null;
    }

    /// <summary>Sorted ranges of matched words; neighbours separated only by spaces or hyphens are joined into one range.</summary>
    /// <remarks>Title and abstract words also match through the flat title+abstract field that unfielded words search.</remarks>
    public IReadOnlyList<HighlightRange> Find(string field, string text)
    {
        if (text.Length == 0)
        {
            return [];
        }
        var ranges = new List<HighlightRange>(Collect(field, field, text));
        if (field is PaperFields.Title or PaperFields.Abstract)
        {
            ranges.AddRange(Collect(PaperFields.Text, field, text));
            ranges.AddRange(Collect(PaperFields.Compound, PaperFields.Compound, text));
        }
        return Merge(ranges.Distinct().ToList(), text);
    }

    private List<HighlightRange> Collect(string queryField, string textField, string text)
    {
        if (_queryFields is not null && !_queryFields.Contains(queryField))
        {
            // Each pass re-analyzes the whole text; a field the query never names cannot match.
            return [];
        }
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
