using Lucene.Net.Index;

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

    /// <summary>Whether segments may be counted apart, on several threads, with <see cref="CountSegment"/>.</summary>
    bool CollectsConcurrently { get; }

    /// <summary>
    /// On any thread: does for <paramref name="context"/>'s segment what <see cref="CollectSegment"/> would, but into
    /// state of its own, and leaves the buffers all zero. <see cref="TakeSegment"/> takes the result later.
    /// </summary>
    object CountSegment(AtomicReaderContext context, ulong[] matched, double[] sums, int maxDoc);

    /// <summary>
    /// On the searching thread, segments in index order, in place of <c>SetNextReader</c>: takes what
    /// <see cref="CountSegment"/> returned for <paramref name="context"/>'s segment.
    /// </summary>
    void TakeSegment(AtomicReaderContext context, object counted, SegmentScore score);

    /// <summary>On the searching thread, once every segment was taken or collected: finishes what <see cref="TakeSegment"/> began.</summary>
    void FinishSegments(IList<AtomicReaderContext> leaves, SegmentScore score);
}
