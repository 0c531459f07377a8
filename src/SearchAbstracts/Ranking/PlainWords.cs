using Lucene.Net.Search;

namespace SearchAbstracts.Ranking;

/// <summary>Recognizes queries made only of words and phrases (no wildcards, ranges or fuzzy terms) and counts their distinct words.</summary>
internal static class PlainWords
{
    public static bool TryCount(Query query, out int words)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var plain = Collect(query, seen);
        words = seen.Count;
        return plain;
    }

    private static bool Collect(Query query, HashSet<string> words)
    {
        switch (query)
        {
            case TermQuery term:
                words.Add(term.Term.Text);
                return true;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    words.Add(term.Text);
                }
                return true;
            case DisjunctionMaxQuery either:
                return either.Disjuncts.All(d => Collect(d, words));
            case BooleanQuery boolean:
                return boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT || Collect(c.Query, words));
            default:
                return false;
        }
    }
}
