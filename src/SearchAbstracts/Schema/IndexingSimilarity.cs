using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchAbstracts.Schema;

/// <summary>
/// The writer's similarity: the searching one's norms, except that the flat <c>text</c> field, which has no tokens of
/// its own when it is indexed (<see cref="FlatTextLength"/>), gets the norm of title and abstract together, exactly
/// as if their tokens had been indexed into it.
/// </summary>
internal sealed class IndexingSimilarity(Similarity searching) : Similarity
{
    public override long ComputeNorm(FieldInvertState state)
    {
        if (state.AttributeSource is FlatTextLength flat)
        {
            state.Length = flat.Length;
            state.NumOverlap = flat.Overlaps;
        }
        return searching.ComputeNorm(state);
    }

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats) =>
        searching.ComputeWeight(queryBoost, collectionStats, termStats);

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context) => searching.GetSimScorer(weight, context);

    public override float Coord(int overlap, int maxOverlap) => searching.Coord(overlap, maxOverlap);

    public override float QueryNorm(float valueForNormalization) => searching.QueryNorm(valueForNormalization);
}
