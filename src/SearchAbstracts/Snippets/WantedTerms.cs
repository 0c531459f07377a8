using System.Collections.Concurrent;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Snippets;

/// <summary>
/// The terms a query looks for in one English text field, and which words of a text become one of them: the words
/// are read by the tokenizer alone, and only a word that can become a wanted term goes through the rest of the
/// analysis (once per query and word).
/// </summary>
/// <remarks>
/// <para>
/// Why: highlighting analyzed every word of the ten hits' titles and abstracts, about 40% of a one- or two-word search
/// on arXiv 115k (perf), to find the few that match.
/// </para>
/// <para>
/// The quick test: for a word of ASCII characters, the filters after the tokenizer (possessive, lower case, folding,
/// stop words, Porter) lower its letters and change only its end. Porter replaces a suffix only after a stem that
/// holds a vowel, so the first two characters of the term (the first, when the term has one) are those of the lowered
/// word; a word whose lowered first two characters start no wanted term cannot match. Tested on every word of the
/// shared corpora. Other words always go through the analysis.
/// </para>
/// </remarks>
internal sealed class WantedTerms
{
    private readonly Analyzer _analyzer;
    private readonly string _field;
    private readonly HashSet<string> _terms;
    private readonly HashSet<int> _starts = [];
    private readonly ConcurrentDictionary<string, string?> _termOf = new(StringComparer.Ordinal);

    /// <param name="analyzer">The analyzer of the text (English text for <paramref name="field"/>).</param>
    /// <param name="field">The field whose analysis the text gets.</param>
    /// <param name="terms">The terms looked for.</param>
    public WantedTerms(Analyzer analyzer, string field, IEnumerable<string> terms)
    {
        _analyzer = analyzer;
        _field = field;
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
        foreach (var term in _terms)
        {
            if (term.Length > 0)
            {
                _starts.Add(Start(term[0], term.Length > 1 ? term[1] : '\0'));
            }
        }
    }

    /// <summary>Whether any term is looked for.</summary>
    public bool IsEmpty => _terms.Count == 0;

    /// <summary>The wanted term <paramref name="word"/> (a token of the tokenizer) becomes, or null when it becomes none; false when the word cannot be read alone (the caller then analyzes the whole text).</summary>
    public bool TryMatch(ReadOnlySpan<char> word, out string? term)
    {
        term = null;
        if (IsAscii(word))
        {
            var first = Lower(word[0]);
            if (!_starts.Contains(Start(first, '\0')) && (word.Length < 2 || !_starts.Contains(Start(first, Lower(word[1])))))
            {
                return true;
            }
        }
        var known = _termOf.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!known.TryGetValue(word, out var analyzed))
        {
            var text = new string(word);
            if (!TryAnalyze(text, out analyzed))
            {
                return false;
            }
            _termOf.TryAdd(text, analyzed);
        }
        term = analyzed is not null && _terms.Contains(analyzed) ? analyzed : null;
        return true;
    }

    /// <summary>The term of one word read alone; false unless the tokenizer reads it back as the one token it was (or the filters drop it).</summary>
    private bool TryAnalyze(string word, out string? term)
    {
        term = null;
        using var stream = _analyzer.GetTokenStream(_field, word);
        var chars = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        var tokens = 0;
        while (stream.IncrementToken())
        {
            if (++tokens > 1 || offset.StartOffset != 0 || offset.EndOffset != word.Length)
            {
                return false;
            }
            term = chars.ToString();
        }
        stream.End();
        return true;
    }

    private static int Start(char first, char second) => first | (second << 16);

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    private static bool IsAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 127)
            {
                return false;
            }
        }
        return true;
    }
}
