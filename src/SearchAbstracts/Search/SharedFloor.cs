namespace SearchAbstracts.Search;

/// <summary>
/// A score that the segments of one search, counted at once on several threads, raise as each finds <c>n</c> documents
/// at or above it: a document scoring below it can never enter the overall best <c>n</c> (see <see cref="SegmentBest"/>).
/// </summary>
internal sealed class SharedFloor
{
    private int _bits = BitConverter.SingleToInt32Bits(float.NegativeInfinity);

    /// <summary>The floor: negative infinity until some segment holds <c>n</c> documents.</summary>
    public float Score => BitConverter.Int32BitsToSingle(Volatile.Read(ref _bits));

    /// <summary>Raises the floor to <paramref name="score"/>, the lowest of <c>n</c> documents some segment holds, unless it is already higher.</summary>
    public void Raise(float score)
    {
        var wanted = BitConverter.SingleToInt32Bits(score);
        var current = Volatile.Read(ref _bits);
        while (score > BitConverter.Int32BitsToSingle(current))
        {
            var seen = Interlocked.CompareExchange(ref _bits, wanted, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }
}
