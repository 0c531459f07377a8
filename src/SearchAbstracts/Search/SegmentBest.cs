namespace SearchAbstracts.Search;

/// <summary>
/// The best <c>n</c> documents of one segment, offered in ascending document order with their scores: higher score
/// first, and of equal scores the lower document, as Lucene's top-<c>n</c> score collector ranks them.
/// </summary>
/// <remarks>
/// Kept as a heap whose root is the worst document held. Since documents come in ascending order, a newcomer whose
/// score only equals the root's comes after it and is turned away; a higher score replaces the root.
/// </remarks>
internal sealed class SegmentBest
{
    private readonly int[] _docs;
    private readonly float[] _scores;
    private int _count;

    /// <param name="size">How many documents to keep.</param>
    public SegmentBest(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        _docs = new int[size];
        _scores = new float[size];
    }

    /// <summary>Offers <paramref name="doc"/>, which must be above every document offered before.</summary>
    public void Offer(int doc, float score)
    {
        if (_count < _docs.Length)
        {
            // Not full: sift the newcomer up while it is worse than its parent.
            var i = _count++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Worse(doc, score, _docs[parent], _scores[parent]))
                {
                    break;
                }
                _docs[i] = _docs[parent];
                _scores[i] = _scores[parent];
                i = parent;
            }
            _docs[i] = doc;
            _scores[i] = score;
            return;
        }
        if (score > _scores[0])
        {
            ReplaceRoot(doc, score);
        }
    }

    /// <summary>How many documents are kept.</summary>
    public int Count => _count;

    /// <summary>The <paramref name="index"/>th document kept (in no particular order).</summary>
    public int Doc(int index) => _docs[index];

    /// <summary>The score of the <paramref name="index"/>th document kept.</summary>
    public float Score(int index) => _scores[index];

    private void ReplaceRoot(int doc, float score)
    {
        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }
            if (child + 1 < _count && Worse(_docs[child + 1], _scores[child + 1], _docs[child], _scores[child]))
            {
                child++;
            }
            if (!Worse(_docs[child], _scores[child], doc, score))
            {
                break;
            }
            _docs[i] = _docs[child];
            _scores[i] = _scores[child];
            i = child;
        }
        _docs[i] = doc;
        _scores[i] = score;
    }

    /// <summary>Whether (a, its score) ranks below (b, its score).</summary>
    private static bool Worse(int a, float aScore, int b, float bScore) => aScore < bScore || (aScore == bScore && a > b);
}
