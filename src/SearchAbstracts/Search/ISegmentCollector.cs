namespace SearchAbstracts.Search;

/// <summary>
/// A collector that takes a whole segment's matches at once from the term-at-a-time search, instead of one call per
/// document: for a collector that looks at every match (facet counting), the calls cost more than the work.
/// </summary>
internal interface ISegmentCollector
{
    /// <summary>
    /// Collects every document marked in <paramref name="matched"/> (ascending), whose score is <c>(float)sums[doc]</c>,
    /// as <c>Collect</c> would one by one after <paramref name="score"/> was given to <c>SetScorer</c>; leaves
    /// <paramref name="matched"/> and <paramref name="sums"/> all zero.
    /// </summary>
    void CollectSegment(ulong[] matched, double[] sums, int maxDoc, SegmentScore score);
}
