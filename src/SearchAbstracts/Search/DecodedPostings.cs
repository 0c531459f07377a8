using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchAbstracts.Search;

/// <summary>
/// The postings of common words, decoded once per reader and kept as plain arrays of documents and frequencies (live
/// documents only). The same common words ("model", "language", "learning") come back in query after query, in the
/// first pass and again among the feedback words; reading them meant decoding the same blocks every time, and the
/// feedback window advanced twenty words' postings to two hundred scattered documents, one block decode each, which
/// was a sixth of a three-word topical search (arXiv 115k, perf).
/// </summary>
/// <remarks>
/// Filled by the first pass, which reads a word's postings through anyway; read by it and by window re-scoring.
/// Segments and deletions are fixed for a reader, so what is kept never changes; a refreshed index starts afresh.
/// Bounded: once <see cref="MaxPostings"/> are kept, no more words are added (the words kept first are the ones
/// that keep coming back). Rare words are not kept: their postings are short and cheap to read.
/// </remarks>
internal static class DecodedPostings
{
    /// <summary>Words in fewer documents of a segment than this are read from the index every time.</summary>
    public const int MinDocFreq = 512;

    /// <summary>Postings kept per reader (8 bytes each): 48 MB.</summary>
    public const long MaxPostings = 6_000_000;

    private static readonly ConditionalWeakTable<IndexReader, Cache> Caches = new();

    /// <summary>The kept postings of <paramref name="term"/> in <paramref name="reader"/>, segment by segment; null when the word is not kept and no more can be.</summary>
    public static Entry? For(IndexReader reader, Term term)
    {
        var cache = Caches.GetValue(reader, _ => new Cache(reader.Leaves.Count));
        var key = (term.Field, term.Bytes);
        if (cache.Entries.TryGetValue(key, out var entry))
        {
            return entry;
        }
        return cache.IsFull ? null : cache.Entries.GetOrAdd((term.Field, BytesRef.DeepCopyOf(term.Bytes)), _ => new Entry(cache));
    }

    /// <summary>Only what <see cref="For"/> found: for readers of postings that do not fill the cache.</summary>
    public static Entry? Find(IndexReader reader, Term term) =>
        Caches.TryGetValue(reader, out var cache) && cache.Entries.TryGetValue((term.Field, term.Bytes), out var entry) ? entry : null;

    /// <summary>The kept words of one reader.</summary>
    internal sealed class Cache(int segments)
    {
        private long _postings;

        public int Segments { get; } = segments;

        public ConcurrentDictionary<(string Field, BytesRef Bytes), Entry> Entries { get; } = new();

        public bool IsFull => Volatile.Read(ref _postings) >= MaxPostings;

        /// <summary>Takes room for <paramref name="count"/> postings; false (taking nothing) when there is not enough.</summary>
        public bool Reserve(int count)
        {
            if (Interlocked.Add(ref _postings, count) <= MaxPostings)
            {
                return true;
            }
            Release(count);
            return false;
        }

        public void Release(int count) => Interlocked.Add(ref _postings, -count);
    }

    /// <summary>One word's postings in each segment: null for a segment not read yet (or too rare there to keep).</summary>
    internal sealed class Entry
    {
        private readonly Cache _cache;
        private readonly SegmentPostings?[] _segments;

        internal Entry(Cache cache)
        {
            _cache = cache;
            _segments = new SegmentPostings?[cache.Segments];
        }

        public SegmentPostings? Get(int segment) => Volatile.Read(ref _segments[segment]);

        /// <summary>Room for up to <paramref name="docFreq"/> postings of a segment, or null when not worth keeping or no room is left.</summary>
        public SegmentPostings? Start(int docFreq) =>
            docFreq >= MinDocFreq && _cache.Reserve(docFreq) ? new SegmentPostings(new int[docFreq], new int[docFreq]) : null;

        /// <summary>Keeps <paramref name="postings"/> once filled with its <paramref name="count"/> live documents, and returns what it kept.</summary>
        public SegmentPostings Keep(int segment, SegmentPostings postings, int count)
        {
            if (count < postings.Docs.Length)
            {
                // Deleted documents were skipped: give back the room they took.
                _cache.Release(postings.Docs.Length - count);
                postings = new SegmentPostings(postings.Docs[..count], postings.Freqs[..count]);
            }
            // Two searches may decode the same segment at once: the first copy kept wins, the other's room is given back.
            if (Interlocked.CompareExchange(ref _segments[segment], postings, null) is { } earlier)
            {
                _cache.Release(postings.Docs.Length);
                return earlier;
            }
            return postings;
        }
    }

    /// <summary>The live documents (ascending) a word is in, in one segment, with its frequency in each.</summary>
    internal sealed record SegmentPostings(int[] Docs, int[] Freqs);
}
