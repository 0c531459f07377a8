using Lucene.Net.Search;

namespace SearchAbstracts.Search;

/// <summary>
/// Lifts the clauses of nested all-optional boolean queries into their all-optional parent, multiplying boosts, so
/// that Lucene scores one flat disjunction. A word searched in three fields is built as a nested query of three
/// terms; nine such words made Lucene's bulk scorer score nine small disjunctions inside a large one, which cost
/// 2.3 times the time of the same terms flat (10.3 ms against 4.4 ms on arXiv 115k, pasted titles).
/// </summary>
/// <remarks>
/// The scores are the same: BM25's coordination factor and query norm are both 1, so a nested sum of boosted term
/// scores equals the flat sum. Only the structure given to the scorer changes; explanations and highlighting keep
/// the query as built.
/// </remarks>
internal static class QueryFlattener
{
    public static Query Flatten(Query query)
    {
        if (query is not BooleanQuery boolean || !AllOptional(boolean) || !boolean.Clauses.Any(c => c.Query is BooleanQuery nested && AllOptional(nested)))
        {
            return query;
        }
        var flat = new BooleanQuery(disableCoord: true) { Boost = boolean.Boost };
        foreach (var clause in boolean.Clauses)
        {
            Add(flat, clause.Query, 1f);
        }
        return flat;
    }

    private static void Add(BooleanQuery flat, Query query, float boost)
    {
        if (query is BooleanQuery nested && AllOptional(nested))
        {
            foreach (var clause in nested.Clauses)
            {
                Add(flat, clause.Query, boost * nested.Boost);
            }
            return;
        }
        if (boost != 1f)
        {
            query = (Query)query.Clone();
            query.Boost *= boost;
        }
        flat.Add(query, Occur.SHOULD);
    }

    private static bool AllOptional(BooleanQuery query) =>
        query.MinimumNumberShouldMatch == 0 && query.Clauses.All(c => c.Occur == Occur.SHOULD);
}
