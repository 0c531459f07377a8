using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Recognizes queries made only of words and phrases (no wildcards, ranges or fuzzy terms) and lists their
/// terms: feedback counts their distinct words, highlighting skips the fields they never name.
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
    public static bool TryCollect(Query query, ICollection<Term> terms)
    {
        switch (query)
        {
            case TermQuery term:
                terms.Add(term.Term);
                return true;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    terms.Add(term);
                }
                return true;
            case DisjunctionMaxQuery either:
                return either.Disjuncts.All(d => TryCollect(d, terms));
            case BooleanQuery boolean:
                return boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT || TryCollect(c.Query, terms));
            default:
                return false;
        }
    }
}
