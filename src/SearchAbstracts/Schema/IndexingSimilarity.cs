using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchAbstracts.Schema;

/// <summary>
/// The writer's similarity: the searching one's norms, except that title, abstract and the flat <c>text</c> field,
/// which have no tokens of their own when Lucene indexes them (their postings come from a
/// <see cref="TextPostingsBuffer"/>), get the norm their tokens give, carried by <see cref="TextLength"/>, exactly as
/// if Lucene had inverted the tokens itself.
/// </summary>
internal sealed class IndexingSimilarity(Similarity searching) : Similarity
{
    public override long ComputeNorm(FieldInvertState state)
    {
        if (state.AttributeSource is TextLength text)
        {
            state.Length = text.Length;
            state.NumOverlap = text.Overlaps;
        }
        return searching.ComputeNorm(state);
    }

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        searching.ComputeWeight(queryBoost, collectionStats, termStats);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => searching.GetSimScorer(weight, context);

    public override float Coord(int overlap, int maxOverlap) => searching.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => searching.QueryNorm(valueForNormalization);
}
