using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>The tokens of one stored text as the index analyzer reads them: term, character offsets and position.</summary>
internal sealed class TextTokens
{
    private readonly List<(string Term, int Start, int End, int Position)> _tokens = [];

    /// <summary>Each distinct term's string, made once: an abstract repeats a good part of its words.</summary>
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private Dictionary<string, List<int>>? _byTerm;

    private TextTokens()
    {
    }

    public int Count => _tokens.Count;

    /// <summary>All the tokens of <paramref name="text"/> read as <paramref name="field"/>.</summary>
    /// <param name="analyzer">The index analyzer.</param>
    /// <param name="field">The field whose analysis the text gets.</param>
    /// <param name="text">The text.</param>
    /// <param name="wantedRuns">
    /// For the compound field: the terms looked for, when only they matter and positions do not (no phrase). Runs
    /// that cannot become one of them (<see cref="WantedTerms.MayMatchRun"/>) are then not analyzed: their tokens
    /// are missing, and the positions of the others are not the index's.
    /// </param>
    public static TextTokens Analyze(Analyzer analyzer, string field, string text, WantedTerms? wantedRuns = null)
    {
        var result = new TextTokens();
        if (field == PaperFields.Compound)
        {
            // The compound analyzer keeps only hyphenated runs: reading just those gives the same tokens (tested),
            // without splitting every word of the abstract first.
            var position = -1;
            foreach (var (start, length) in HyphenatedRuns.Spans(text))
            {
                if (wantedRuns is null || wantedRuns.MayMatchRun(text.AsSpan(start, length)))
                {
                    position = result.Add(analyzer, field, text.Substring(start, length), start, position);
                }
            }
            return result;
        }
        result.Add(analyzer, field, text, 0, -1);
        return result;
    }

    /// <summary>
    /// Only the tokens of <paramref name="text"/> whose term is wanted, with the terms, offsets and positions the full
    /// analysis gives them (<see cref="WantedTerms"/>); null when a word cannot be read alone, and the whole text must
    /// be analyzed instead.
    /// </summary>
    public static TextTokens? Matching(WantedTerms wanted, string text)
    {
        var result = new TextTokens();
        if (wanted.IsEmpty)
        {
            return result;
        }
        using var stream = EnglishTextAnalyzer.Tokenizer.GetTokenStream("", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        // The filters after the tokenizer keep the positions of the words they drop: a token's position is the tokenizer's.
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (!wanted.TryMatch(term.Buffer.AsSpan(0, term.Length), out var matched))
            {
                return null;
            }
            if (matched is not null)
            {
                result._tokens.Add((matched, offset.StartOffset, offset.EndOffset, position));
            }
        }
        stream.End();
        return result;
    }

    /// <returns>The position of the last token added.</returns>
    private int Add(Analyzer analyzer, string field, string text, int shift, int position)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var strings = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var chars = term.Buffer.AsSpan(0, term.Length);
            if (!strings.TryGetValue(chars, out var made))
            {
                made = new string(chars);
                _strings.Add(made, made);
            }
            _tokens.Add((made, offset.StartOffset + shift, offset.EndOffset + shift, position));
        }
        stream.End();
        return position;
    }

    public string Term(int index) => _tokens[index].Term;

    public HighlightRange Range(int index) => new(_tokens[index].Start, _tokens[index].End);

    public int Position(int index) => _tokens[index].Position;

    /// <summary>Indexes of the tokens whose term is <paramref name="term"/>, in text order.</summary>
    public IReadOnlyList<int> Occurrences(string term)
    {
        if (_byTerm is null)
        {
            _byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < _tokens.Count; i++)
            {
                if (!_byTerm.TryGetValue(_tokens[i].Term, out var list))
                {
                    list = [];
                    _byTerm[_tokens[i].Term] = list;
                }
                list.Add(i);
            }
        }
        return _byTerm.TryGetValue(term, out var found) ? found : [];
    }
}
