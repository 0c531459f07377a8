using System.Numerics;

namespace SearchAbstracts.Search;

/// <summary>
/// Walks the documents marked in one segment's buffers of the term-at-a-time search, in ascending order, with their
/// score, and leaves the marks and sums zero behind it (the buffers go back to a pool only when clean).
/// </summary>
/// <remarks>A ref struct with its own <c>MoveNext</c>: the walk is the hot loop of a search, and stays free of calls.</remarks>
internal ref struct MatchedDocs
{
    private readonly ulong[] _matched;
    private readonly double[] _sums;
    private readonly int _words;
    private int _word;
    private ulong _bits;

    /// <param name="matched">One bit per document of the segment.</param>
    /// <param name="sums">The summed score of each marked document.</param>
    /// <param name="maxDoc">The segment's document count.</param>
    public MatchedDocs(ulong[] matched, double[] sums, int maxDoc)
    {
        _matched = matched;
        _sums = sums;
        _words = (maxDoc + 63) >> 6;
        _word = -1;
    }

    /// <summary>The current document.</summary>
    public int Doc { get; private set; }

    /// <summary>Its score: Lucene's bucket scorer gives the double sum (times a coordination factor of 1 under BM25) as a float.</summary>
    public float Score { get; private set; }

    /// <summary>Moves to the next marked document, clearing its mark and sum; false when there is none.</summary>
    public bool MoveNext()
    {
        while (_bits == 0)
        {
            if (++_word >= _words)
            {
                return false;
            }
            _bits = _matched[_word];
            _matched[_word] = 0;
        }
        var doc = (_word << 6) + BitOperations.TrailingZeroCount(_bits);
        _bits &= _bits - 1;
        Doc = doc;
        Score = (float)_sums[doc];
        _sums[doc] = 0;
        return true;
    }
}
