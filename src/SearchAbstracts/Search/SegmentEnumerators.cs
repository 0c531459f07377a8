using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchAbstracts.Search;

/// <summary>
/// One segment's terms and postings enumerators, one of each per field, reused from word to word and kept for the
/// segment's next search: a search's segments are added up on several threads at once, so each thread rents its
/// own. A new pair per word and segment (a pasted title has some twenty rare words, read from the index in each of
/// eight segments) was 0.3 MB of garbage a search, and with it a share of the collections that paused searches for
/// a millisecond each (arXiv 115k).
/// </summary>
internal sealed class SegmentEnumerators
{
    /// <summary>Kept per segment reader (whose deletions the postings skip); dropped with it.</summary>
    private static readonly ConditionalWeakTable<AtomicReader, ConcurrentBag<SegmentEnumerators>> Pools = new();

    private readonly AtomicReader _reader;
    private readonly ConcurrentBag<SegmentEnumerators> _pool;
    private readonly List<(string Field, TermsEnum Terms, DocsEnum? Postings)> _fields = [];

    private SegmentEnumerators(AtomicReader reader, ConcurrentBag<SegmentEnumerators> pool)
    {
        _reader = reader;
        _pool = pool;
    }

    /// <summary>Enumerators of <paramref name="reader"/> that no other thread is using.</summary>
    public static SegmentEnumerators Rent(AtomicReader reader)
    {
        var pool = Pools.GetValue(reader, _ => []);
        return pool.TryTake(out var kept) ? kept : new SegmentEnumerators(reader, pool);
    }

    /// <summary>
    /// Gives them back for the segment's next search. The pool never holds more than were ever in use at once (one per
    /// thread searching the segment at the same time), so it needs no bound of its own.
    /// </summary>
    public void Return() => _pool.Add(this);

    /// <summary>The postings (with frequencies, live documents only) of <paramref name="term"/>, found at <paramref name="state"/>, and its document frequency in the segment.</summary>
    /// <remarks>Valid until the next call.</remarks>
    public (DocsEnum Postings, int DocFreq) Postings(Term term, TermState state)
    {
        var index = 0;
        while (index < _fields.Count && !string.Equals(_fields[index].Field, term.Field, StringComparison.Ordinal))
        {
            index++;
        }
        if (index == _fields.Count)
        {
            _fields.Add((term.Field, _reader.GetTerms(term.Field)!.GetEnumerator(), null));
        }
        var (field, terms, reused) = _fields[index];
        terms.SeekExact(term.Bytes, state);
        var postings = terms.Docs(_reader.LiveDocs, reused, DocsFlags.FREQS);
        _fields[index] = (field, terms, postings);
        return (postings, terms.DocFreq);
    }
}
