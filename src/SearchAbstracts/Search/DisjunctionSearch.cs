using System.Numerics;
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
    public static void Search(IndexSearcher searcher, Query query, ICollector collector)
    {
        if (searcher.Similarity is not BM25Similarity bm25 || bm25.GetType() != typeof(BM25Similarity)
            || searcher.Rewrite(query) is not BooleanQuery { MinimumNumberShouldMatch: 0, Clauses.Count: > 0 } disjunction
            || !disjunction.Clauses.All(c => c.Occur == Occur.SHOULD))
        {
            searcher.Search(query, collector);
            return;
        }
        var clauses = Prepare(searcher, bm25, disjunction);
        var buffers = _buffers ??= new Buffers();
        var score = new CurrentScore();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                collector.SetNextReader(leaf);
                var reader = leaf.AtomicReader;
                buffers.Fit(reader.MaxDoc);
                var any = false;
                foreach (var clause in clauses)
                {
                    any |= clause.AddScores(leaf, buffers.Sums, buffers.Matched);
                }
                if (any)
                {
                    collector.SetScorer(score);
                    Emit(buffers, reader.MaxDoc, score, collector);
                }
            }
        }
        catch
        {
            // A failed read (a damaged index) can stop a segment half added up: the next search on this thread must not
            // start from its sums, so the buffers are dropped rather than cleared.
            _buffers = null;
            throw;
        }
    }

    private static List<Clause> Prepare(IndexSearcher searcher, BM25Similarity bm25, BooleanQuery disjunction)
    {
        var collections = new Dictionary<string, CollectionStatistics>(StringComparer.Ordinal);
        var clauses = new List<Clause>(disjunction.Clauses.Count);
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
                    clauses.Add(new WordClause(term, states, Bm25Word.Create(bm25, word.Boost, disjunction.Boost, collection, states.DocFreq)));
                }
            }
            else
            {
                // As BooleanWeight does for each clause; BM25's query norm is 1, so only the boolean's boost passes down.
                var weight = clause.Query.CreateWeight(searcher);
                weight.GetValueForNormalization();
                weight.Normalize(1f, disjunction.Boost);
                clauses.Add(new ScorerClause(weight));
            }
        }
        return clauses;
    }

    /// <summary>Hands every marked document of the segment to <paramref name="collector"/> in index order, clearing the buffers as it goes.</summary>
    private static void Emit(Buffers buffers, int maxDoc, CurrentScore score, ICollector collector)
    {
        var sums = buffers.Sums;
        var matched = buffers.Matched;
        var words = (maxDoc + 63) >> 6;
        for (var w = 0; w < words; w++)
        {
            var bits = matched[w];
            if (bits == 0)
            {
                continue;
            }
            matched[w] = 0;
            while (bits != 0)
            {
                var doc = (w << 6) + BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                // Lucene's bucket scorer: the double sum times the coordination factor (1 under BM25), as a float.
                score.Score = (float)sums[doc];
                score.Doc = doc;
                sums[doc] = 0;
                collector.Collect(doc);
            }
        }
    }

    /// <summary>One clause of the disjunction: adds its score to <c>sums</c> for each document of a segment it matches.</summary>
    private abstract class Clause
    {
        /// <returns>Whether it matched anything in the segment.</returns>
        public abstract bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched);
    }

    /// <summary>A single term, scored straight from its postings.</summary>
    private sealed class WordClause(Term term, TermContext states, Bm25Word scoring) : Clause
    {
        private DocsEnum? _reuse;

        public override bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched)
        {
            if (states.Get(leaf.Ord) is not TermState state)
            {
                return false;
            }
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(term.Field)!.GetEnumerator();
            terms.SeekExact(term.Bytes, state);
            var postings = _reuse = terms.Docs(reader.LiveDocs, _reuse, DocsFlags.FREQS);
            var norms = SegmentNorms.For(reader, term.Field);
            var any = false;
            int doc;
            while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                sums[doc] += scoring.Score(postings.Freq, norms is null ? -1 : norms[doc]);
                matched[doc >> 6] |= 1UL << doc;
                any = true;
            }
            return any;
        }
    }

    /// <summary>Any other clause, scored by its own Lucene scorer.</summary>
    private sealed class ScorerClause(Weight weight) : Clause
    {
        public override bool AddScores(AtomicReaderContext leaf, double[] sums, ulong[] matched)
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

    /// <summary>The score of the document being collected, for collectors that ask their scorer.</summary>
    private sealed class CurrentScore : Scorer
    {
        public CurrentScore()
            : base(null)
        {
        }

        public float Score { get; set; }

        public int Doc { get; set; } = -1;

        public override int DocID => Doc;

        public override int Freq => 1;

        public override float GetScore() => Score;

        public override int NextDoc() => throw new NotSupportedException();

        public override int Advance(int target) => throw new NotSupportedException();

        public override long GetCost() => 1;
    }

    /// <summary>A thread's score sums and match bits, sized for the largest segment it has searched; all zero between segments.</summary>
    private sealed class Buffers
    {
        public double[] Sums { get; private set; } = [];

        public ulong[] Matched { get; private set; } = [];

        public void Fit(int maxDoc)
        {
            if (Sums.Length < maxDoc)
            {
                Sums = new double[maxDoc];
                Matched = new ulong[(maxDoc + 63) >> 6];
            }
        }
    }

    [ThreadStatic]
    private static Buffers? _buffers;
}
