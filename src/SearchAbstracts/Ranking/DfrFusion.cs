using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Re-orders the head of a ranking with a second opinion on the same words: the query's words in the
/// title+abstract field scored by the divergence-from-randomness model I(ne)B2 (Amati and van Rijsbergen
/// 2002), which weighs term frequency and document length differently from BM25. Both scores are
/// standardised over the head (z-scores) and summed, 0.9 BM25 + 0.1 DFR (CombSUM). Only the order of the
/// head changes: the set of matches, the total and the facets are untouched, and the hits of the head keep
/// the head's scores, handed out in the new order, so scores still fall down the list.
/// </summary>
/// <remarks>
/// Weight and depth tuned on the SciFact train split only (README, "Relevance"): 0.05–0.2 all scored within
/// 0.0015 of 0.1, depth 50 the same as 100. The index's norms are those of BM25, which DFR models read the
/// same way (one byte per field, 1/√length), so no index change is needed.
/// </remarks>
internal static class DfrFusion
{
    /// <summary>How many of the top hits are re-ordered.</summary>
    public const int Depth = 100;

    /// <summary>The DFR share of the combined (standardised) score.</summary>
    private const double DfrWeight = 0.1;

    private static readonly Similarity Dfr = new DFRSimilarity(new BasicModelIne(), new AfterEffectB(), new NormalizationH2());

    /// <param name="searcher">The searcher that produced <paramref name="hits"/>.</param>
    /// <param name="query">The query as typed (with its variants, without feedback); its title+abstract words are re-scored.</param>
    /// <param name="hits">The ranking, best first.</param>
    /// <returns><paramref name="hits"/> with its first <see cref="Depth"/> re-ordered; unchanged when the query is not plain words.</returns>
    public static ScoreDoc[] Rerank(IndexSearcher searcher, Query query, ScoreDoc[] hits)
    {
        var terms = new List<Term>();
        if (hits.Length < 2 || !PlainWords.TryCollect(query, terms))
        {
            return hits;
        }
        var words = new BooleanQuery();
        foreach (var word in terms.Where(t => t.Field == PaperFields.Text).Select(t => t.Text).Distinct(StringComparer.Ordinal))
        {
            words.Add(new TermQuery(new Term(PaperFields.Text, word)), Occur.SHOULD);
        }
        if (words.Clauses.Count == 0)
        {
            return hits;
        }
        var head = hits.Take(Depth).ToArray();
        var bm25 = Standardised(head.Select(h => (double)h.Score).ToArray());
        var dfr = Standardised(Array.ConvertAll(WindowScores.Of(new PaperIndexSearcher(searcher.IndexReader) { Similarity = Dfr }, words, head), s => (double)s));
        var order = Enumerable.Range(0, head.Length)
            .OrderByDescending(i => ((1 - DfrWeight) * bm25[i]) + (DfrWeight * dfr[i]))
            .ThenBy(i => i)
            .ToArray();
        var result = (ScoreDoc[])hits.Clone();
        for (var rank = 0; rank < head.Length; rank++)
        {
            result[rank] = new ScoreDoc(head[order[rank]].Doc, head[rank].Score);
        }
        return result;
    }

    private static double[] Standardised(double[] values)
    {
        var mean = values.Average();
        var deviation = Math.Sqrt(values.Select(v => (v - mean) * (v - mean)).Average());
        return values.Select(v => deviation > 0 ? (v - mean) / deviation : 0).ToArray();
    }
}
