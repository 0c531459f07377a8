using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchAbstracts.Search;

/// <summary>
/// The documents and scores of short phrase and either-or clauses, per segment, kept per reader: the long form of a
/// common acronym (<c>LLM</c> → <c>"large language model"</c>, searched with slop) is a sloppy phrase over three of
/// the commonest words in the corpus, and Lucene's phrase scorer checked its positions in every document having all
/// three, in every query that used the acronym. That was 9% of the CPU time of 1,000 pasted titles (arXiv 115k,
/// perf), 73 of which say LLM.
/// </summary>
/// <remarks>
/// What is kept never changes for a reader: its segments and deletions are fixed, and the key holds everything else a
/// score depends on (the clause with its boosts, the boost of the query around it, the BM25 parameters). A refreshed
/// index gets a new reader and starts afresh. Bounded: emptied when it holds too many documents or clauses.
/// </remarks>
internal static class ClauseResults
{
    /// <summary>Clauses over more terms than this (a pasted title as a phrase) are hardly ever asked for twice.</summary>
    public const int MaxTerms = 8;

    /// <summary>Documents kept per reader (8 bytes each) before the cache is emptied: 32 MB.</summary>
    private const long MaxDocuments = 4_000_000;

    private const int MaxClauses = 4096;

    private static readonly ConditionalWeakTable<IndexReader, Cache> Caches = new();

    /// <summary>Whether <paramref name="query"/> is a clause worth keeping: a short phrase or either-or.</summary>
    public static bool Worthwhile(Query query)
    {
        if (query is not (PhraseQuery or DisjunctionMaxQuery))
        {
            return false;
        }
        var terms = new HashSet<Term>();
        try
        {
            query.ExtractTerms(terms);
        }
        catch (NotSupportedException)
        {
            return false;
        }
        return terms.Count <= MaxTerms;
    }

    /// <summary>The kept results of <paramref name="clause"/> in <paramref name="searcher"/>'s reader, segment by segment (filled as searched).</summary>
    /// <param name="searcher">The searcher: its reader and similarity.</param>
    /// <param name="clause">The clause, with its boost; copied for the key, so later changes to it do not matter.</param>
    /// <param name="outerBoost">The boost of the query the clause is in (passed down when it is weighted).</param>
    /// <param name="bm25">The similarity that scores it.</param>
    public static Entry For(IndexSearcher searcher, Query clause, float outerBoost, BM25Similarity bm25)
    {
        var reader = searcher.IndexReader;
        var cache = Caches.GetValue(reader, _ => new Cache());
        var key = new Key(clause, outerBoost, bm25.K1, bm25.B, bm25.DiscountOverlaps);
        if (cache.Entries.TryGetValue(key, out var entry))
        {
            return entry;
        }
        return cache.Entries.GetOrAdd(key with { Clause = (Query)clause.Clone() }, new Entry(cache, reader.Leaves.Count));
    }

    /// <summary>Everything a kept clause's scores depend on besides the reader.</summary>
    internal readonly record struct Key(Query Clause, float OuterBoost, float K1, float B, bool DiscountOverlaps);

    /// <summary>The kept clauses of one reader.</summary>
    internal sealed class Cache
    {
        private long _documents;

        public BoundedCache<Key, Entry> Entries { get; } = new(MaxClauses);

        public void Count(int documents)
        {
            if (Interlocked.Add(ref _documents, documents) > MaxDocuments)
            {
                Clear();
            }
        }

        public void Clear()
        {
            Entries.Clear();
            Interlocked.Exchange(ref _documents, 0);
        }
    }

    /// <summary>One clause's documents and scores in each segment: null for a segment not searched yet.</summary>
    internal sealed class Entry
    {
        private readonly Cache _cache;
        private readonly SegmentHits?[] _segments;

        internal Entry(Cache cache, int segments)
        {
            _cache = cache;
            _segments = new SegmentHits?[segments];
        }

        public SegmentHits? Get(int segment) => Volatile.Read(ref _segments[segment]);

        public void Set(int segment, SegmentHits hits)
        {
            // Two searches may fill the same segment at once; both computed the same thing.
            Volatile.Write(ref _segments[segment], hits);
            _cache.Count(hits.Docs.Length);
        }
    }

    /// <summary>The documents (in order) a clause matches in one segment, with its score for each.</summary>
    internal sealed record SegmentHits(int[] Docs, float[] Scores);
}
