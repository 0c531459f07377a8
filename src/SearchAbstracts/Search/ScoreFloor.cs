namespace SearchAbstracts.Search;

/// <summary>
/// The lowest score a top-<c>n</c> ranking still holds, kept beside Lucene's score collector so that papers that cannot
/// enter it are never handed to it: a pasted title matches some 70,000 papers of arXiv 115k, and the hand-over of each
/// (an interface call, a score call, a comparison) cost as much as adding up all their scores.
/// </summary>
/// <remarks>
/// It holds the <c>n</c> largest scores offered so far (as a multiset, whatever order they came in), so its floor is
/// always the score at the bottom of the collector's queue: a score below it is one the collector would turn away.
/// Equal scores are handed over, since the collector breaks ties by document number.
/// </remarks>
internal sealed class ScoreFloor
{
    private readonly float[] _heap;
    private int _count;

    /// <param name="size">The number of hits the collector keeps.</param>
    public ScoreFloor(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _heap = new float[size];
    }

    /// <summary>The number of hits the collector keeps.</summary>
    public int Size => _heap.Length;

    /// <summary>Whether a paper with <paramref name="score"/> may still enter the top <c>n</c>; every score must be offered.</summary>
    public bool Admits(float score)
    {
        var heap = _heap;
        if (_count < heap.Length)
        {
            // Not full yet: everything enters.
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (heap[parent] <= score)
                {
                    break;
                }
                heap[i] = heap[parent];
                i = parent;
            }
            heap[i] = score;
            return true;
        }
        if (score < heap[0])
        {
            return false;
        }
        if (score > heap[0])
        {
            ReplaceLowest(score);
        }
        return true;
    }

    private void ReplaceLowest(float score)
    {
        var heap = _heap;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= heap.Length)
            {
                break;
            }
            if (child + 1 < heap.Length && heap[child + 1] < heap[child])
            {
                child++;
            }
            if (score <= heap[child])
            {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = score;
    }
}
