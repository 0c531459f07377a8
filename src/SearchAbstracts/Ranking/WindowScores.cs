using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Scores a second query for a fixed set of hits only (Lucene's rescoring pattern): the hits are visited in
/// index order, one scorer per segment advancing to each. Used by feedback and by DFR fusion to re-rank a head.
/// </summary>
internal static class WindowScores
{
    /// <summary>The score of <paramref name="query"/> for each of <paramref name="hits"/>, in their order; 0 where it does not match.</summary>
    public static float[] Of(IndexSearcher searcher, Query query, ScoreDoc[] hits)
    {
        var scores = new float[hits.Length];
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = -1;
        Scorer? scorer = null;
        var docBase = 0;
        foreach (var i in Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc))
        {
            var doc = hits[i].Doc;
            var leaf = ReaderUtil.SubIndex(doc, leaves);
            if (leaf != leafIndex)
            {
                leafIndex = leaf;
                docBase = leaves[leaf].DocBase;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }
            if (scorer is null)
            {
                continue;
            }
            var target = doc - docBase;
            var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (current == target)
            {
                scores[i] = scorer.GetScore();
            }
        }
        return scores;
    }
}
