using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Ranking;

/// <summary>
/// RM3 pseudo-relevance feedback: the words that dominate the top hits of a query are added to it with a
/// small weight, so that papers using the vocabulary of the best matches (but not every query word) rise.
/// The expansion only re-ranks: the original query stays required, so the set of matches, the total and
/// the facet counts are those of the query as typed.
/// </summary>
/// <remarks>
/// Settings tuned on the SciFact train split only (README, "Relevance"); 15 docs / 30 terms / 0.75 scored within
/// 0.001, so the smaller, cheaper setting stays. Feedback words are read with the query stop words removed, so
/// "we", "our" or "between" never become expansion terms.
/// </remarks>
internal static class RelevanceFeedback
{
    /// <summary>Short queries are left alone: they are typed as keywords, and must stay fast.</summary>
    public const int MinQueryWords = 3;
    private const int FeedbackDocs = 10;
    private const int ExpansionTerms = 20;
    private const float OriginalWeight = 0.8f;

    /// <summary>Expansion weights sum to 1; this brings them to the scale of a BM25 term score.</summary>
    private const float ExpansionScale = 10f;

    public static Query Expand(IndexSearcher searcher, Query original, Analyzer analyzer)
    {
        if (!PlainWords.TryCount(original, out var words) || words < MinQueryWords)
        {
            return original;
        }
        var top = searcher.Search(original, FeedbackDocs);
        if (top.ScoreDocs.Length == 0)
        {
            return original;
        }
        var expansion = ExpansionQuery(searcher, top.ScoreDocs, analyzer);
        var expanded = new BooleanQuery();
        var required = (Query)original.Clone();
        required.Boost = OriginalWeight * original.Boost;
        expanded.Add(required, Occur.MUST);
        expansion.Boost = (1 - OriginalWeight) * ExpansionScale;
        expanded.Add(expansion, Occur.SHOULD);
        return expanded;
    }

    private static BooleanQuery ExpansionQuery(IndexSearcher searcher, ScoreDoc[] docs, Analyzer analyzer)
    {
        // Each document's language model (term frequency / length), weighted by its share of exp(score).
        var maxScore = docs.Max(d => d.Score);
        var docWeights = docs.Select(d => Math.Exp(d.Score - maxScore)).ToArray();
        var total = docWeights.Sum();
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < docs.Length; i++)
        {
            var stored = searcher.Doc(docs[i].Doc);
            var terms = analyzer.Terms(PaperFields.Text, stored.Get(PaperFields.Title) + "\n" + stored.Get(PaperFields.Abstract));
            foreach (var (term, count) in terms.CountBy(t => t))
            {
                weights[term] = weights.GetValueOrDefault(term) + (count / (double)terms.Count * docWeights[i] / total);
            }
        }
        var chosen = weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(ExpansionTerms).ToList();
        var sum = chosen.Sum(kv => kv.Value);
        var query = new BooleanQuery();
        foreach (var (term, weight) in chosen)
        {
            query.Add(new TermQuery(new Term(PaperFields.Text, term)) { Boost = (float)(weight / sum) }, Occur.SHOULD);
        }
        return query;
    }
}
