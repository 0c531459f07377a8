using System.Runtime.CompilerServices;

namespace SearchAbstracts.Search;

/// <summary>
/// The best <c>n</c> documents of one segment, offered in ascending document order with their scores: higher score
/// first, and of equal scores the lower document, as Lucene's top-<c>n</c> score collector ranks them. Segments
/// searched at once share a <see cref="SharedFloor"/>: a document below it is turned away, since another segment
/// already holds <c>n</c> better ones; what is kept always includes every document of the overall best <c>n</c>.
/// </summary>
/// <remarks>
/// Kept as a heap whose root is the worst document held, each entry one number that orders like (score, −document),
/// so that a comparison is one instruction. Since documents come in ascending order, a newcomer whose score only
/// equals the root's comes after it and is turned away; a higher score replaces the root. Per-segment heaps with no
/// shared floor spent a quarter of a pasted title's term-at-a-time pass replacing roots (perf).
/// </remarks>
internal sealed class SegmentBest
{
    /// <summary>How many replacements pass between two raises of the shared floor (each one is a write all threads see).</summary>
    private const int RaiseEvery = 32;

    private readonly ulong[] _heap;
    private readonly SharedFloor? _shared;
    private int _count;
    private int _sinceRaise;

    /// <summary>The lowest score held once full (no score at or below it can enter), until then NaN, which nothing is at or below.</summary>
    private float _worst = float.NaN;

    /// <param name="size">How many documents to keep.</param>
    /// <param name="shared">The floor shared with the other segments of the same search, or null.</param>
    public SegmentBest(int size, SharedFloor? shared = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _heap = new ulong[size];
        _shared = shared;
    }

    /// <summary>How many documents are kept.</summary>
    public int Count => _count;

    /// <summary>Offers <paramref name="doc"/>, which must be above every document offered before.</summary>
    /// <remarks>
    /// Most documents are turned away, so that test is made inline in the caller's loop: once full, a score no higher
    /// than the worst held (an equal one comes after it) or below the shared floor.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(int doc, float score)
    {
        if (score <= _worst || (_shared is not null && score < _shared.Score))
        {
            return;
        }
        Keep(doc, score);
    }

    /// <summary>Offers <paramref name="doc"/>, in any order of documents (no shared floor may be given): to merge the best of several segments.</summary>
    public void OfferAnyOrder(int doc, float score)
    {
        if (_shared is not null)
        {
            throw new InvalidOperationException("Documents in any order cannot be tested against a shared floor.");
        }
        Keep(doc, score);
    }

    private void Keep(int doc, float score)
    {
        var key = Key(doc, score);
        if (_count < _heap.Length)
        {
            SiftUp(key);
            if (_count == _heap.Length)
            {
                _worst = ScoreOf(_heap[0]);
                _shared?.Raise(_worst);
            }
            return;
        }
        if (key > _heap[0])
        {
            SiftDown(key);
            _worst = ScoreOf(_heap[0]);
            if (++_sinceRaise == RaiseEvery)
            {
                _sinceRaise = 0;
                _shared?.Raise(_worst);
            }
        }
    }

    /// <summary>The <paramref name="index"/>th document kept (in no particular order).</summary>
    public int Doc(int index) => (int)~(uint)_heap[index];

    /// <summary>The score of the <paramref name="index"/>th document kept.</summary>
    public float Score(int index) => ScoreOf(_heap[index]);

    private void SiftUp(ulong key)
    {
        var heap = _heap;
        var i = _count++;
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (heap[parent] <= key)
            {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = key;
    }

    private void SiftDown(ulong key)
    {
        var heap = _heap;
        var count = _count;
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= count)
            {
                break;
            }
            if (child + 1 < count && heap[child + 1] < heap[child])
            {
                child++;
            }
            if (key <= heap[child])
            {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = key;
    }

    /// <summary>The score's bits made to order like the score (negative scores below positive ones), above the document's complement.</summary>
    private static ulong Key(int doc, float score)
    {
        var bits = BitConverter.SingleToUInt32Bits(score);
        bits = (bits & 0x8000_0000u) != 0 ? ~bits : bits | 0x8000_0000u;
        return ((ulong)bits << 32) | ~(uint)doc;
    }

    private static float ScoreOf(ulong key)
    {
        var bits = (uint)(key >> 32);
        bits = (bits & 0x8000_0000u) != 0 ? bits & 0x7FFF_FFFFu : ~bits;
        return BitConverter.UInt32BitsToSingle(bits);
    }
}
