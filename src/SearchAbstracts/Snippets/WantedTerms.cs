using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Search;

namespace SearchAbstracts.Snippets;

/// <summary>
/// The terms a query looks for in one English text field, and which words of a text become one of them: the words
/// are read by the tokenizer alone, and only a word that can become a wanted term goes through the rest of the
/// analysis (once per word: what it becomes is remembered for later queries).
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

    /// <summary>
    /// The ASCII starts of the wanted terms, as bits: one per first character (terms of one character) and one per
    /// pair of first characters. A bit test rather than a hash-set lookup: every word of a text is tested (a third of
    /// the quick test's time was the hash set, perf on arXiv 115k).
    /// </summary>
    private readonly ulong[] _singles = new ulong[128 / 64];
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64];

    /// <summary>
    /// What each word read alone becomes, per analyzer and field, shared by all queries: a word's analysis does not
    /// depend on the query, and the words of abstracts come back query after query (analyzing them afresh for each
    /// query was a quarter of the quick reading of ten pasted titles' hits, perf on arXiv 115k).
    /// </summary>
    private static readonly ConditionalWeakTable<Analyzer, ConcurrentDictionary<string, BoundedCache<string, WordTerm>>> Known = new();

    /// <summary>Words kept per analyzer and field before they are all dropped (a few MB at most).</summary>
    private const int MaxKnownWords = 100_000;

    private readonly BoundedCache<string, WordTerm> _known;

    /// <param name="analyzer">The analyzer of the text (English text for <paramref name="field"/>).</param>
    /// <param name="field">The field whose analysis the text gets.</param>
    /// <param name="terms">The terms looked for.</param>
    public WantedTerms(Analyzer analyzer, string field, IEnumerable<string> terms)
    {
        _analyzer = analyzer;
        _field = field;
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
        _known = Known.GetValue(analyzer, _ => new(StringComparer.Ordinal))
            .GetOrAdd(field, _ => new BoundedCache<string, WordTerm>(MaxKnownWords, StringComparer.Ordinal));
        foreach (var term in _terms)
        {
            // A term that does not start with ASCII characters never comes from an ASCII word, and other words skip the test.
            if (term.Length == 1 && term[0] < 128)
            {
                Set(_singles, term[0]);
            }
            else if (term.Length > 1 && term[0] < 128 && term[1] < 128)
            {
                Set(_pairs, (term[0] * 128) + term[1]);
            }
        }
    }

    /// <summary>Whether any term is looked for.</summary>
    public bool IsEmpty => _terms.Count == 0;

    /// <summary>The wanted term <paramref name="word"/> (a token of the tokenizer) becomes, or null when it becomes none; false when the word cannot be read alone (the caller then analyzes the whole text).</summary>
    public bool TryMatch(ReadOnlySpan<char> word, out string? term)
    {
        term = null;
        if (IsAscii(word) && !MayStart(Lower(word[0]), word.Length > 1 ? Lower(word[1]) : null))
        {
            return true;
        }
        if (!_known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var known))
        {
            var text = new string(word);
            known = TryAnalyze(text, out var analyzed) ? new WordTerm(true, analyzed) : new WordTerm(false, null);
            _known.Add(text, known);
        }
        term = known.Term is not null && _terms.Contains(known.Term) ? known.Term : null;
        return known.Alone;
    }

    /// <summary>What a word read alone becomes: whether it can be read alone at all, and its term (null when the filters drop it).</summary>
    private readonly record struct WordTerm(bool Alone, string? Term);

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

    /// <summary>
    /// Whether the compound analyzer may turn a hyphenated run (see <see cref="Analysis.HyphenatedRuns"/>) into a
    /// wanted term; false only when it cannot. The run's term is its letters and digits joined, lowered and stemmed,
    /// so for an ASCII run its first two characters are the run's first two letters or digits, lowered (the same rule
    /// as for words; tested on every run of the shared corpora).
    /// </summary>
    public bool MayMatchRun(ReadOnlySpan<char> run)
    {
        // The tokenizer cuts a longer run into pieces, and a piece's start is not the run's.
        if (run.Length > MaxRunLength || !IsAscii(run))
        {
            return true;
        }
        char? first = null;
        foreach (var c in run)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (first is null)
                {
                    first = Lower(c);
                }
                else
                {
                    return MayStart(first.Value, Lower(c));
                }
            }
        }
        return first is null || MayStart(first.Value, null);
    }

    /// <summary>The longest token Lucene's character tokenizers (the compound field's whitespace tokenizer) keep whole.</summary>
    private const int MaxRunLength = 255;

    /// <summary>Whether a term may start with the lowered characters <paramref name="first"/> and <paramref name="second"/> (none for a one-character word).</summary>
    private bool MayStart(char first, char? second) =>
        IsSet(_singles, first) || (second is char next && IsSet(_pairs, (first * 128) + next));

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static bool IsSet(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    private static bool IsAscii(ReadOnlySpan<char> word) => System.Text.Ascii.IsValid(word);
}
