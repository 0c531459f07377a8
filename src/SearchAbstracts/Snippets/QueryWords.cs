using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Ranking;

namespace SearchAbstracts.Snippets;

/// <summary>
/// The words and phrases a query of plain words looks for, by field: what <see cref="HitHighlighter"/> marks
/// without Lucene's span machinery. Prohibited clauses are left out (a word the user excluded is never marked).
/// </summary>
internal sealed class QueryWords
{
    private readonly Dictionary<string, HashSet<string>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<QueryPhrase>> _phrases = new(StringComparer.Ordinal);

    private QueryWords()
    {
    }

    /// <summary>Every field with a word or phrase to mark.</summary>
    public IEnumerable<string> Fields => _terms.Keys.Union(_phrases.Keys);

    /// <summary>The words of <paramref name="query"/>, or null when it holds anything but words and phrases (wildcards, ranges, fuzzy words).</summary>
    public static QueryWords? Of(Query query)
    {
        var words = new QueryWords();
        return words.Collect(query) ? words : null;
    }

    /// <summary>The single words searched in <paramref name="field"/> (empty when none).</summary>
    public IReadOnlySet<string> Terms(string field) => _terms.TryGetValue(field, out var terms) ? terms : EmptyTerms;

    /// <summary>The phrases searched in <paramref name="field"/> (empty when none).</summary>
    public IReadOnlyList<QueryPhrase> Phrases(string field) => _phrases.TryGetValue(field, out var phrases) ? phrases : [];

    private static readonly HashSet<string> EmptyTerms = [];

    private bool Collect(Query query) => PlainWords.TryVisit(query, AddWord, phrase =>
    {
        var terms = phrase.GetTerms();
        if (terms.Length == 1)
        {
            AddWord(terms[0]);
        }
        else if (terms.Length > 1)
        {
            Add(_phrases, terms[0].Field).Add(new QueryPhrase([.. terms.Select(t => t.Text)], phrase.GetPositions(), phrase.Slop));
        }
    });

    private void AddWord(Term term) => Add(_terms, term.Field).Add(term.Text);

    private static TValue Add<TValue>(Dictionary<string, TValue> byField, string field)
        where TValue : new()
    {
        if (!byField.TryGetValue(field, out var value))
        {
            value = new TValue();
            byField[field] = value;
        }
        return value;
    }
}
