using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Recognizes queries made only of words and phrases (no wildcards, ranges or fuzzy terms) and lists their
/// terms: feedback counts their distinct words, fusion re-scores them, highlighting marks them (<see cref="Snippets.QueryWords"/>).
/// </summary>
internal static class PlainWords
{
    public static bool TryCount(Query query, out int words)
    {
        var terms = new List<Term>();
        var plain = TryCollect(query, terms);
        words = terms.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count();
        return plain;
    }

    /// <summary>Adds the terms of every required or optional word and phrase; false when the query holds anything else.</summary>
    public static bool TryCollect(Query query, ICollection<Term> terms) =>
        TryVisit(query, terms.Add, phrase =>
        {
            foreach (var term in phrase.GetTerms())
            {
                terms.Add(term);
            }
        });

    /// <summary>
    /// Calls <paramref name="onWord"/> for every required or optional single word and <paramref name="onPhrase"/> for
    /// every phrase, in query order (prohibited clauses are skipped); false when the query holds anything else. The one
    /// walk of a query's words: feedback, fusion and highlighting all read queries through it.
    /// </summary>
    public static bool TryVisit(Query query, Action<Term> onWord, Action<PhraseQuery> onPhrase)
    {
        switch (query)
        {
            case TermQuery term:
                onWord(term.Term);
                return true;
            case PhraseQuery phrase:
                onPhrase(phrase);
                return true;
            case DisjunctionMaxQuery either:
                return either.Disjuncts.All(d => TryVisit(d, onWord, onPhrase));
            case BooleanQuery boolean:
                return boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT || TryVisit(c.Query, onWord, onPhrase));
            default:
                return false;
        }
    }
}
