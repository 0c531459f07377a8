using System.Globalization;
using Lucene.Net.Search;

namespace SearchAbstracts.Search;

/// <summary>
/// Puts into words how a query was understood (<c>--explain</c>): each top-level part with its fields and
/// weights, phrases, ranges, joined variants, acronym expansions and feedback terms; and, per hit, the terms
/// that contributed most to its score.
/// </summary>
internal static class QueryExplainer
{
    public static List<string> Describe(Query typed, Query ranking, SearchRequest request)
    {
        var lines = new List<string>();
        foreach (var part in Parts(typed))
        {
            lines.Add(part);
        }
        if (!ReferenceEquals(typed, ranking) && ranking is BooleanQuery { Clauses.Count: 2 } expanded)
        {
            var terms = new HashSet<Lucene.Net.Index.Term>();
            expanded.Clauses[1].Query.ExtractTerms(terms);
            lines.Add($"re-ranked by feedback (RM3) from the top 10 hits with: {string.Join(", ", terms.Select(t => t.Text))}");
        }
        if (request.Venues.Count > 0)
        {
            lines.Add($"filter: venue is {string.Join(" or ", request.Venues.Select(v => $"'{v}'"))}");
        }
        if (request.YearFrom is not null || request.YearTo is not null)
        {
            lines.Add($"filter: year {request.YearFrom?.ToString(CultureInfo.InvariantCulture) ?? "…"}..{request.YearTo?.ToString(CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (request.Sort == SearchSort.Relevance && request.Profile.FuseDfr)
        {
            lines.Add($"re-ordered: the top {Ranking.DfrFusion.Depth} hits by BM25 fused with DFR I(ne)B2 on the query's words (scores shown are the BM25 scores of those places)");
        }
        lines.Add(request.Sort == SearchSort.Date ? "order: newest first" : $"order: BM25 score, ranking profile '{request.Profile.Name}'");
        return lines;
    }

    /// <summary>The leaves of Lucene's score explanation ("weight(field:term in doc)"), summed per match, largest first.</summary>
    public static IReadOnlyList<ScoreContribution> Why(IndexSearcher searcher, Query ranking, int doc, int top = 5)
    {
        var sums = new Dictionary<(string Field, string Match), float>();
        Collect(searcher.Explain(ranking, doc), sums);
        return sums.OrderByDescending(kv => kv.Value).Take(top).Select(kv => new ScoreContribution(kv.Key.Field, kv.Key.Match, kv.Value)).ToList();
    }

    private static void Collect(Explanation explanation, Dictionary<(string, string), float> sums)
    {
        if (!explanation.IsMatch)
        {
            return;
        }
        var description = explanation.Description;
        if (description.StartsWith("weight(", StringComparison.Ordinal))
        {
            var inner = description[7..description.LastIndexOf(" in ", StringComparison.Ordinal)];
            var colon = inner.IndexOf(':', StringComparison.Ordinal);
            var key = colon < 0 ? ("", inner) : (inner[..colon], inner[(colon + 1)..]);
            sums[key] = sums.GetValueOrDefault(key) + explanation.Value;
            return;
        }
        foreach (var detail in explanation.GetDetails() ?? [])
        {
            Collect(detail, sums);
        }
    }

    private static IEnumerable<string> Parts(Query query)
    {
        if (query is not BooleanQuery boolean || IsOneWord(boolean))
        {
            yield return Part(Occur.SHOULD, query);
            yield break;
        }
        foreach (var clause in boolean.Clauses)
        {
            yield return Part(clause.Occur, clause.Query);
        }
    }

    private static string Part(Occur occur, Query query)
    {
        var how = occur switch
        {
            Occur.MUST => "required",
            Occur.MUST_NOT => "excluded",
            _ => "optional",
        };
        var what = query switch
        {
            DisjunctionMaxQuery either => $"either {string.Join(" or ", either.Disjuncts.Select(Show))} (acronym and its long form; the better scores)",
            TermQuery { Term.Field: "compound" } or TermQuery { Boost: < 1f } => $"variant {Show(query)}",
            _ => Show(query),
        };
        return $"{how}: {what}";
    }

    /// <summary>One word searched in several fields (how the parser expands a word without a field).</summary>
    private static bool IsOneWord(BooleanQuery query) =>
        query.Clauses.Count > 0 && query.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery)
        && query.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).Distinct(StringComparer.Ordinal).Count() == 1;

    private static string Show(Query query) => query switch
    {
        BooleanQuery fields when IsOneWord(fields) =>
            $"'{((TermQuery)fields.Clauses[0].Query).Term.Text}' in {string.Join(", ", fields.Clauses.Select(c => Weighted(((TermQuery)c.Query).Term.Field, c.Query.Boost)))}",
        TermQuery term => $"'{term.Term.Text}' in {Weighted(term.Term.Field, term.Boost)}",
        PhraseQuery phrase => $"phrase \"{string.Join(' ', phrase.GetTerms().Select(t => t.Text))}\"{(phrase.Slop > 0 ? $" within {phrase.Slop} words" : "")} in {Weighted(phrase.GetTerms().FirstOrDefault()?.Field ?? "", phrase.Boost)}",
        BooleanQuery nested => $"({string.Join("; ", Parts(nested))})",
        _ => query.ToString(),
    };

    private static string Weighted(string field, float boost) =>
        boost == 1f ? field : $"{field}×{boost.ToString("0.##", CultureInfo.InvariantCulture)}";
}
