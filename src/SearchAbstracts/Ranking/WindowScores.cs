using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchAbstracts.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Scores a second query for a fixed set of hits only (Lucene's rescoring pattern): the hits are visited in
/// index order, one scorer per segment advancing to each. Used by feedback and by DFR fusion to re-rank a head.
/// </summary>
internal static class WindowScores
{
    /// <summary>The score of <paramref name="query"/> for each of <paramref name="hits"/>, in their order; 0 where it does not match.</summary>
    public static float[] Of(IndexSearcher searcher, Query query, ScoreDoc[] hits)
    {
        if (query is BooleanQuery { MinimumNumberShouldMatch: 0 } words && words.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery))
        {
            return OfWords(searcher, words, hits);
        }
        return ByScorer(searcher, query, hits);
    }

    /// <summary>The scores from Lucene's own scorer for <paramref name="query"/>, advanced to each hit: any query.</summary>
    internal static float[] ByScorer(IndexSearcher searcher, Query query, ScoreDoc[] hits)
    {
        var scores = new float[hits.Length];
        var weight = searcher.CreateNormalizedWeight(query);
        var leaves = searcher.IndexReader.Leaves;
        var leafIndex = -1;
        Scorer? scorer = null;
        var docBase = 0;
        foreach (var i in Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc))
        {
            var doc = hits[i].Doc;
            var leaf = ReaderUtil.SubIndex(doc, leaves);
            if (leaf != leafIndex)
            {
                leafIndex = leaf;
                docBase = leaves[leaf].DocBase;
                scorer = weight.GetScorer(leaves[leaf], leaves[leaf].AtomicReader.LiveDocs);
            }
            if (scorer is null)
            {
                continue;
            }
            var target = doc - docBase;
            var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
            if (current == target)
            {
                scores[i] = scorer.GetScore();
            }
        }
        return scores;
    }

    /// <summary>
    /// The same scores for a disjunction of words, term by term: each word's postings are advanced through the hits in
    /// index order and scored by the similarity directly. Lucene's disjunction scorer advanced all twenty feedback words
    /// together for every hit, keeping them in a heap, which cost 3.7 ms of a pasted-title search on arXiv 115k.
    /// </summary>
    /// <remarks>
    /// Weights are made as <see cref="IndexSearcher.CreateNormalizedWeight"/> makes them for a boolean query of term
    /// queries (the query norm of the searcher's similarity, each word's boost times the query's); the coordination
    /// factor is 1 for the similarities used here (BM25, DFR).
    /// </remarks>
    internal static float[] OfWords(IndexSearcher searcher, BooleanQuery query, ScoreDoc[] hits)
    {
        var scores = new float[hits.Length];
        var similarity = searcher.Similarity;
        var reader = searcher.IndexReader;
        var leaves = reader.Leaves;
        var words = new List<(Term Term, TermContext States, Similarity.SimWeight Weight, DecodedPostings.Entry? Decoded)>();
        // A field's statistics are gathered over every segment each time they are asked for: once per field here.
        var collections = new Dictionary<string, CollectionStatistics>(StringComparer.Ordinal);
        var sum = 0f;
        TermStates.Prime(reader.Context, query.Clauses.Select(c => ((TermQuery)c.Query).Term));
        foreach (var clause in query.Clauses)
        {
            var word = (TermQuery)clause.Query;
            var states = TermStates.Of(reader.Context, word.Term);
            if (states.DocFreq == 0)
            {
                continue;
            }
            if (!collections.TryGetValue(word.Term.Field, out var collection))
            {
                collection = searcher.CollectionStatistics(word.Term.Field);
                collections.Add(word.Term.Field, collection);
            }
            var weight = similarity.ComputeWeight(word.Boost, collection, searcher.TermStatistics(word.Term, states));
            sum += weight.GetValueForNormalization();
            var decoded = states.DocFreq >= DecodedPostings.MinDocFreq ? DecodedPostings.For(reader, word.Term) : null;
            words.Add((word.Term, states, weight, decoded));
        }
        var norm = similarity.QueryNorm(sum * query.Boost * query.Boost);
        if (float.IsInfinity(norm) || float.IsNaN(norm))
        {
            norm = 1f;
        }
        foreach (var (_, _, weight, _) in words)
        {
            weight.Normalize(norm, query.Boost);
        }
        var order = Enumerable.Range(0, hits.Length).OrderBy(i => hits[i].Doc).ToArray();
        // The hits of each segment: [start, end) of the order.
        var groups = new List<(AtomicReaderContext Context, int Start, int End)>();
        for (var start = 0; start < order.Length;)
        {
            var context = leaves[ReaderUtil.SubIndex(hits[order[start]].Doc, leaves)];
            var end = start + 1;
            var limit = context.DocBase + context.AtomicReader.MaxDoc;
            while (end < order.Length && hits[order[end]].Doc < limit)
            {
                end++;
            }
            groups.Add((context, start, end));
            start = end;
        }
        // Segment by segment (concurrently: each segment's hits are its own), and in each every word in turn: one
        // terms enumerator per field and one postings enumerator reused from word to word (a new one per word and
        // segment was most of the allocation). Each hit still gets its words' scores added in the words' order, so
        // the sums are the same to the bit.
        Concurrently.For(groups.Count, g =>
        {
            var (context, start, end) = groups[g];
            string? field = null;
            TermsEnum? terms = null;
            DocsEnum? postings = null;
            foreach (var (term, states, weight, decoded) in words)
            {
                if (states.Get(context.Ord) is not TermState state)
                {
                    continue;
                }
                if (decoded?.Get(context.Ord) is { } kept)
                {
                    AddScores(kept, similarity.GetSimScorer(weight, context), context.DocBase, hits, order, start, end, scores);
                    continue;
                }
                if (!string.Equals(term.Field, field, StringComparison.Ordinal))
                {
                    field = term.Field;
                    terms = context.AtomicReader.GetTerms(field)!.GetEnumerator();
                    postings = null;
                }
                terms!.SeekExact(term.Bytes, state);
                postings = terms.Docs(context.AtomicReader.LiveDocs, postings, DocsFlags.FREQS);
                // A common word is decoded whole and kept: about the cost of advancing it through the window once, and
                // free for every later query (see DecodedPostings).
                if (decoded?.Start(terms.DocFreq) is { } keeping)
                {
                    var count = 0;
                    int doc;
                    while ((doc = postings.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        keeping.Docs[count] = doc;
                        keeping.Freqs[count] = postings.Freq;
                        count++;
                    }
                    AddScores(decoded.Keep(context.Ord, keeping, count), similarity.GetSimScorer(weight, context), context.DocBase, hits, order, start, end, scores);
                    continue;
                }
                var scorer = similarity.GetSimScorer(weight, context);
                for (var j = start; j < end; j++)
                {
                    var i = order[j];
                    var target = hits[i].Doc - context.DocBase;
                    var current = postings.DocID < target ? postings.Advance(target) : postings.DocID;
                    if (current == target)
                    {
                        scores[i] += scorer.Score(target, postings.Freq);
                    }
                }
            }
        });
        return scores;
    }

    /// <summary>
    /// <see cref="Array.BinarySearch(Array, int, int, object)"/>'s answer for <paramref name="target"/> in
    /// <c>docs[from..]</c> (its index, or the complement of where it would go), found by doubling steps from
    /// <paramref name="from"/> and then halving: the hits come in order, so the next one is usually near, and a binary
    /// search over the whole rest of a common word's postings started with reads far apart (a fifth of window scoring,
    /// perf).
    /// </summary>
    internal static int GallopTo(int[] docs, int from, int target)
    {
        var low = from;
        var step = 1;
        var high = from;
        while (high < docs.Length && docs[high] < target)
        {
            low = high + 1;
            high = from + step;
            step <<= 1;
        }
        var count = Math.Min(high + 1, docs.Length) - low;
        return count <= 0 ? ~low : Array.BinarySearch(docs, low, count, target);
    }

    /// <summary>Adds one word's scores for the hits <c>order[start..end]</c> (one segment, ascending) from its decoded postings.</summary>
    private static void AddScores(DecodedPostings.SegmentPostings kept, Similarity.SimScorer scorer, int docBase, ScoreDoc[] hits,
        int[] order, int start, int end, float[] scores)
    {
        var docs = kept.Docs;
        var from = 0;
        for (var j = start; j < end && from < docs.Length; j++)
        {
            var i = order[j];
            var target = hits[i].Doc - docBase;
            var found = GallopTo(docs, from, target);
            if (found >= 0)
            {
                scores[i] += scorer.Score(target, kept.Freqs[found]);
                from = found + 1;
            }
            else
            {
                from = ~found;
            }
        }
    }
}
