using System.Runtime.CompilerServices;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace SearchAbstracts.Search;

/// <summary>
/// A term's BM25 score as a function of its frequency and the document's norm byte, computed exactly as
/// <see cref="BM25Similarity"/> computes it (the same float operations in the same order), without its per-document
/// virtual calls. Valid only for <see cref="BM25Similarity"/> itself, not a subclass.
/// </summary>
internal sealed class Bm25Word
{
    /// <summary>1 / f² of every norm byte (<see cref="BM25Similarity"/>'s private table, rebuilt the same way).</summary>
    private static readonly float[] NormTable = CreateNormTable();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(float K1, float B, float Avgdl), float[]> Factors = new();

    private readonly float _weight;
    private readonly float _noNorms;
    private readonly float[] _cache;

    private Bm25Word(float weight, float noNorms, float[] cache)
    {
        _weight = weight;
        _noNorms = noNorms;
        _cache = cache;
    }

    /// <param name="similarity">The searcher's similarity.</param>
    /// <param name="queryBoost">The term query's own boost.</param>
    /// <param name="topLevelBoost">The product of the enclosing queries' boosts.</param>
    /// <param name="collection">The field's statistics over the whole index.</param>
    /// <param name="docFreq">The term's document frequency over the whole index.</param>
    public static Bm25Word Create(BM25Similarity similarity, float queryBoost, float topLevelBoost, CollectionStatistics collection, long docFreq)
    {
        float k1 = similarity.K1, b = similarity.B;
        var idf = (float)Math.Log(1 + ((collection.MaxDoc - docFreq + 0.5D) / (docFreq + 0.5D)));
        var sumTotalTermFreq = collection.SumTotalTermFreq;
        var avgdl = sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)collection.MaxDoc);
        var cache = LengthFactors(k1, b, avgdl);
        // BM25Stats.Normalize keeps idf × query boost × top-level boost as a float; its scorer multiplies that by k1 + 1.
        var weight = idf * queryBoost * topLevelBoost;
        weight *= k1 + 1;
        return new Bm25Word(weight, k1, cache);
    }

    /// <summary>The score for <paramref name="freq"/> occurrences in a document with norm byte <paramref name="norm"/> (−1: the field has no norms).</summary>
    /// <remarks>Inlined: it is called once per posting of a pasted title's words, and the call cost as much as the score.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float Score(int freq, int norm)
    {
        float f = freq;
        return _weight * f / (f + (norm < 0 ? _noNorms : _cache[norm]));
    }

    /// <summary>
    /// <c>k1 × (1 − b + b × length / avgdl)</c> for every norm byte: the same for every word of a field, so made once per
    /// (k1, b, average length) rather than once per word of every query (a kilobyte and 256 divisions each, some thirty
    /// times for a pasted title). Read only once made, so threads share the arrays.
    /// </summary>
    private static float[] LengthFactors(float k1, float b, float avgdl)
    {
        var key = (k1, b, avgdl);
        if (Factors.TryGetValue(key, out var known))
        {
            return known;
        }
        var cache = new float[256];
        for (var i = 0; i < cache.Length; i++)
        {
            cache[i] = k1 * ((1 - b) + (b * NormTable[i] / avgdl));
        }
        // Bounded: an index that keeps changing its average length would otherwise add one table per search.
        if (Factors.Count > 256)
        {
            Factors.Clear();
        }
        return Factors.GetOrAdd(key, cache);
    }

    private static float[] CreateNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < 256; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }
        return table;
    }
}
