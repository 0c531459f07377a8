using Lucene.Net.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Drops repeated optional clauses from the top of a query, so a word typed twice ("cells … cells") weighs
/// as much as one typed once. Long natural-language queries repeat their subject words, which otherwise
/// pull the ranking towards documents about the repetition rather than the claim.
/// </summary>
internal static class RepeatedWords
{
    public static Query CountOnce(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }
        var seen = new HashSet<Query>();
        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur != Occur.SHOULD || seen.Add(clause.Query))
            {
                result.Add(clause);
            }
        }
        return result;
    }
}
