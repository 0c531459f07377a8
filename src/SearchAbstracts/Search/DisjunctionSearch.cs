using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SearchAbstracts.Search;

/// <summary>
/// Runs an all-optional boolean query (what plain words become, once flattened) term at a time: each word's postings
/// are read straight through and its BM25 score added into a per-segment array, then the matches are handed to the
/// collector in index order. Other queries go to Lucene's own scorers.
/// </summary>
/// <remarks>
/// <para>
/// Why: a pasted title is some thirty optional terms matching about 60% of arXiv 115k, and every match must be seen
/// (facet counts, the total). Lucene's out-of-order disjunction scorer spends most of its time in per-posting
/// virtual calls and its bucket table; here a word's postings cost one decode, one norm byte and one multiply-divide.
/// </para>
/// <para>
/// The scores are Lucene's to the bit. Term scores are computed with <see cref="BM25Similarity"/>'s own formula and
/// float operations in its order (checked against its scorer in the tests), and summed in double precision like
/// Lucene's bucket scorer, whose coordination factor is 1 under BM25. Clauses that are not single terms (phrases, a
/// dismax of variants) are scored by their own Lucene scorer and added in. Only an exact
/// <see cref="BM25Similarity"/> takes this path, since a subclass may change any of those formulas.
/// </para>
/// </remarks>
internal static class DisjunctionSearch
{
    /// <summary>Collects every match of <paramref name="query"/> with its score, as <c>searcher.Search(query, collector)</c> would.</summary>
    /// <param name="searcher">Searches the index.</param>
    /// <param name="query">The query.</param>
    /// <param name="collector">Receives the matches.</param>
    /// <param name="early">Weights of clauses already started elsewhere, or null.</param>
    public static void Search(IndexSearcher searcher, Query query, ICollector collector, EarlyWeights? early = null)
    {
        if (searcher.Similarity is not BM25Similarity bm25 || bm25.GetType() != typeof(BM25Similarity)
            || searcher.Rewrite(query) is not BooleanQuery { MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } disjunction
            || !disjunction.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            searcher.Search(query, collector);
            return;
        }
        var leaves = searcher.IndexReader.Leaves;
        if (leaves.Count == 0)
        {
            return;
        }
        var clauses = Prepare(searcher, bm25, disjunction, early);
        // Segments are added up concurrently, each into buffers of its own, then handed to the collector one by one in
        // index order (collectors are not thread-safe): the adding up is most of the work. A facet counter that can
        // count segments apart does so on the same threads, right after the adding up (while the sums are in the
        // core's cache), and keeps each segment's best papers: then only those are handed over in order. Handing over
        // every match was about a third of the search of a pasted title.
        var counter = collector is ISegmentCollector { CollectsConcurrently: true } whole ? whole : null;
        var added = new Buffers?[leaves.Count];
        var counted = new object?[leaves.Count];
        // All of one size (the largest segment's), so that pooled buffers fit any segment of the index.
        var size = leaves.Max(leaf => leaf.AtomicReader.MaxDoc);
        // Buffers go back to the pool only once handed out and cleared; those of a failed search (a damaged index, a
        // failing collector) may hold sums, and are left to the garbage collector.
        Concurrently.For(leaves.Count, i =>
        {
            var buffers = Buffers.Rent(size);
            var any = false;
            var enumerators = SegmentEnumerators.Rent(leaves[i].AtomicReader);
            foreach (var clause in clauses)
            {
                any |= clause.AddScores(leaves[i], buffers.Sums, buffers.Matched, enumerators);
            }
            // Not returned after a failure: its enumerators may be left anywhere.
            enumerators.Return();
            buffers.Any = any;
            if (counter is not null && any)
            {
                counted[i] = counter.CountSegment(leaves[i], buffers.Matched, buffers.Sums, leaves[i].AtomicReader.MaxDoc);
                // Counting left them all zero.
                Buffers.Return(buffers);
            }
            else
            {
                added[i] = buffers;
            }
        });
        var score = new SegmentScore();
        for (var i = 0; i < leaves.Count; i++)
        {
            if (counted[i] is { } segment)
            {
                counter!.TakeSegment(leaves[i], segment, score);
                continue;
            }
            collector.SetNextReader(leaves[i]);
            var buffers = added[i]!;
            if (buffers.Any)
            {
                collector.SetScorer(score);
                Emit(buffers, leaves[i].AtomicReader.MaxDoc, score, collector);
            }
            // Emit leaves them all zero: they can serve another search.
            Buffers.Return(buffers);
        }
        counter?.FinishSegments(leaves, score);
    }

    private static List<Clause> Prepare(IndexSearcher searcher, BM25Similarity bm25, BooleanQuery disjunction, EarlyWeights? early)
    {
        var collections = new Dictionary<string, CollectionStatistics>(StringComparer.Ordinal);
        var clauses = new List<Clause>(disjunction.Clauses.Count);
        TermStates.Prime(searcher.TopReaderContext, disjunction.Clauses.Select(c => c.Query).OfType<TermQuery>().Select(word => word.Term));
        foreach (var clause in disjunction.Clauses)
        {
            if (clause.Query is TermQuery word)
            {
                var term = word.Term;
                if (!collections.TryGetValue(term.Field, out var collection))
                {
                    collection = searcher.CollectionStatistics(term.Field);
                    collections.Add(term.Field, collection);
                }
                var states = TermStates.Of(searcher.TopReaderContext, term);
                if (states.DocFreq > 0)
                {
                    var kept = states.DocFreq >= DecodedPostings.MinDocFreq ? DecodedPostings.For(searcher.IndexReader, term) : null;
                    clauses.Add(new WordClause(term, states, Bm25Word.Create(bm25, word.Boost, disjunction.Boost, collection, states.DocFreq), kept));
                }
            }
            else if (ClauseResults.Worthwhile(clause.Query))
            {
                var query = clause.Query;
                clauses.Add(new KeptClause(ClauseResults.For(searcher, query, disjunction.Boost, bm25), () => Weigh(searcher, query, disjunction.Boost, early)));
            }
            else
            {
                clauses.Add(new ScorerClause(Weigh(searcher, clause.Query, disjunction.Boost, early)));
            }
        }
        return clauses;
    }

    /// <summary>As BooleanWeight weighs each clause; BM25's query norm is 1, so only the boolean's boost passes down.</summary>
    private static Weight Weigh(IndexSearcher searcher, Query clause, float outerBoost, EarlyWeights? early)
    {
        var weight = early?.Take(clause) ?? clause.CreateWeight(searcher);
        weight.GetValueForNormalization();
        weight.Normalize(1f, outerBoost);
        return weight;
    }

    /// <summary>Hands every marked document of the segment to <paramref name="collector"/> in index order, clearing the buffers as it goes.</summary>
    private static void Emit(Buffers buffers, int maxDoc, SegmentScore score, ICollector collector)
    {
        if (collector is ISegmentCollector whole)
        {
            whole.CollectSegment(buffers.Matched, buffers.Sums, maxDoc, score);
            return;
        }
        var matches = new MatchedDocs(buffers.Matched, buffers.Sums, maxDoc);
        while (matches.MoveNext())
        {
            score.Score = matches.Score;
            score.Doc = matches.Doc;
            collector.Collect(matches.Doc);
        }
    }

    /// <summary>One clause of the disjunction: adds its score to <c>sums</c> for each document of a segment it matches.</summary>
    private abstract class Clause
    {
        /// <param name="leaf">The segment.</param>
        /// <param name="sums">Its score sums.</param>
        /// <param name="matched">Its match bits.</param>
        /// <param name="enumerators">The segment's enumerators, for clauses that read postings.</param>
        /// <returns>Whether it matched anything in the segment.</returns>
        public abstract bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched, SegmentEnumerators enumerators);
    }

    /// <summary>A single term, scored straight from its postings (or from their decoded copy, which it keeps when the word is common).</summary>
    private sealed class WordClause(Term term, TermContext states, Bm25Word scoring, DecodedPostings.Entry? kept) : Clause
    {
        public override bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched, SegmentEnumerators enumerators)
        {
            if (states.Get(leaf.Ord) is not TermState state)
            {
                return false;
            }
            var reader = leaf.AtomicReader;
            var norms = SegmentNorms.For(reader, term.Field);
            if (kept?.Get(leaf.Ord) is { } decoded)
            {
                return AddScores(decoded, norms, sums, matched);
            }
            var (postings, docFreq) = enumerators.Postings(term, state);
            var keeping = kept?.Start(docFreq);
            var count = 0;
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                var freq = postings.Freq;
                sums[doc] += scoring.Score(freq, norms is null ? -1 : norms[doc]);
                matched[doc >> 6] |= 1UL << doc;
                if (keeping is not null)
                {
                    keeping.Docs[count] = doc;
                    keeping.Freqs[count] = freq;
                }
                count++;
            }
            if (keeping is not null)
            {
                kept!.Keep(leaf.Ord, keeping, count);
            }
            return count > 0;
        }

        private bool AddScores(DecodedPostings.SegmentPostings decoded, byte[]? norms, double[] sums, ulong[] matched)
        {
            var docs = decoded.Docs;
            var freqs = decoded.Freqs;
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                sums[doc] += scoring.Score(freqs[i], norms is null ? -1 : norms[doc]);
                matched[doc >> 6] |= 1UL << doc;
            }
            return docs.Length > 0;
        }
    }

    /// <summary>Any other clause, scored by its own Lucene scorer.</summary>
    private sealed class ScorerClause(Weight weight) : Clause
    {
        public override bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched, SegmentEnumerators enumerators)
        {
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is null)
            {
                return false;
            }
            var any = false;
            int doc;
            while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                sums[doc] += scorer.GetScore();
                matched[doc >> 6] |= 1UL << doc;
                any = true;
            }
            return any;
        }
    }

    /// <summary>
    /// A short phrase or either-or clause whose documents and scores are kept per reader (<see cref="ClauseResults"/>):
    /// read from there when kept, else scored by its Lucene scorer and kept. Weighed only when a segment needs scoring.
    /// </summary>
    private sealed class KeptClause(ClauseResults.Entry kept, Func<Weight> weigh) : Clause
    {
        private readonly Lock _gate = new();
        private Weight? _weight;

        public override bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched, SegmentEnumerators enumerators)
        {
            var hits = kept.Get(leaf.Ord);
            if (hits is null)
            {
                hits = Score(leaf);
                kept.Set(leaf.Ord, hits);
            }
            var docs = hits.Docs;
            var scores = hits.Scores;
            for (var i = 0; i < docs.Length; i++)
            {
                var doc = docs[i];
                sums[doc] += scores[i];
                matched[doc >> 6] |= 1UL << doc;
            }
            return docs.Length > 0;
        }

        private ClauseResults.SegmentHits Score(AtomicReaderContext leaf)
        {
            Weight weight;
            lock (_gate)
            {
                weight = _weight ??= weigh();
            }
            var docs = new List<int>();
            var scores = new List<float>();
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is Scorer scorer)
            {
                int doc;
                while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    docs.Add(doc);
                    scores.Add(scorer.GetScore());
                }
            }
            return new ClauseResults.SegmentHits([.. docs], [.. scores]);
        }
    }

    /// <summary>
    /// One segment's score sums and match bits. Kept in a small pool between searches, and only ever returned all zero
    /// (<see cref="Emit"/> clears what it hands out), so a search never starts from another's sums.
    /// </summary>
    private sealed class Buffers
    {
        private static readonly System.Collections.Concurrent.ConcurrentBag<Buffers> Pool = [];

        private Buffers(int maxDoc)
        {
            Sums = new double[maxDoc];
            Matched = new ulong[(maxDoc + 63) >> 6];
        }

        public double[] Sums { get; }

        public ulong[] Matched { get; }

        /// <summary>Whether anything was added.</summary>
        public bool Any { get; set; }

        public static Buffers Rent(int maxDoc)
        {
            // Pooled buffers too small for this index (one from before a merge) are dropped.
            while (Pool.TryTake(out var pooled))
            {
                if (pooled.Sums.Length >= maxDoc)
                {
                    return pooled;
                }
            }
            return new Buffers(maxDoc);
        }

        public static void Return(Buffers buffers)
        {
            buffers.Any = false;
            if (Pool.Count < 16)
            {
                Pool.Add(buffers);
            }
        }
    }

}
