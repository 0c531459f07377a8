using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchAbstracts.Search;

/// <summary>
/// Where a term is in each segment of a reader, and its document frequency, looked up once per reader and kept.
/// A search looks up every query word in every segment, and feedback and fusion look up their words again; the same
/// common words ("model", "learning", "network") come back query after query. Each look-up is a seek in the terms
/// dictionary of each of the (about eight) segments.
/// </summary>
/// <remarks>
/// Keyed on the top-level reader, so a refreshed index starts afresh; bounded (emptied when full), since a term's
/// states cost a few hundred bytes. What is cached never changes for a reader: segments are immutable. The first
/// search of a word pays the seeks; a one-query process gains nothing, a session or a batch of queries does.
/// </remarks>
internal static class TermStates
{
    /// <summary>Terms kept per reader before the cache is emptied: about 15 MB at most.</summary>
    private const int Capacity = 40_000;

    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<(string Field, BytesRef Bytes), TermContext>> States = new();
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, BoundedCache<string, int>>> Frequencies = new();

    /// <summary>The term's states in every segment of <paramref name="top"/>'s reader (as <see cref="TermContext.Build"/>).</summary>
    public static TermContext Of(IndexReaderContext top, Term term)
    {
        // Keyed on the term's bytes (compared by content), not its text: numeric terms are not valid UTF-8.
        var cache = States.GetValue(top.Reader, _ => new(Capacity));
        if (cache.TryGetValue((term.Field, term.Bytes), out var states))
        {
            return states;
        }
        return cache.GetOrAdd((term.Field, BytesRef.DeepCopyOf(term.Bytes)), TermContext.Build(top, term));
    }

    /// <summary>
    /// Looks up every term of <paramref name="terms"/> not kept yet, with one terms enumerator per segment and field
    /// seeking them in order (what <see cref="TermContext.Build"/> does with a new enumerator per term and segment, the
    /// larger part of its cost), and keeps them: the <see cref="Of"/> calls that follow find them.
    /// </summary>
    public static void Prime(IndexReaderContext top, IEnumerable<Term> terms)
    {
        var cache = States.GetValue(top.Reader, _ => new(Capacity));
        var missing = terms.Where(t => !cache.TryGetValue((t.Field, t.Bytes), out _))
            .DistinctBy(t => (t.Field, t.Bytes))
            .GroupBy(t => t.Field, StringComparer.Ordinal);
        foreach (var group in missing)
        {
            var sorted = group.OrderBy(t => t.Bytes).ToArray();
            if (sorted.Length < 2)
            {
                // One term: Build costs the same.
                continue;
            }
            var contexts = sorted.Select(_ => new TermContext(top)).ToArray();
            foreach (var leaf in top.Leaves)
            {
                var enumerator = leaf.AtomicReader.Fields?.GetTerms(group.Key)?.GetEnumerator();
                if (enumerator is null)
                {
                    continue;
                }
                for (var i = 0; i < sorted.Length; i++)
                {
                    if (enumerator.SeekExact(sorted[i].Bytes))
                    {
                        contexts[i].Register(enumerator.GetTermState(), leaf.Ord, enumerator.DocFreq, enumerator.TotalTermFreq);
                    }
                }
            }
            for (var i = 0; i < sorted.Length; i++)
            {
                cache.Add((group.Key, BytesRef.DeepCopyOf(sorted[i].Bytes)), contexts[i]);
            }
        }
    }

    /// <summary>A document frequency already known for <paramref name="reader"/>, from either look-up.</summary>
    public static bool TryGetDocFreq(IndexReader reader, string field, string text, out int docFreq)
    {
        var known = KnownFrequencies(reader, field);
        if (known.TryGetValue(text, out docFreq))
        {
            return true;
        }
        if (States.TryGetValue(reader, out var states) && states.TryGetValue((field, new BytesRef(text)), out var context))
        {
            // Kept by text as well: the next question about it is one look-up of the text, not a conversion and two.
            docFreq = context.DocFreq;
            known.Add(text, docFreq);
            return true;
        }
        return false;
    }

    /// <summary>Remembers a document frequency counted by the caller.</summary>
    public static void AddDocFreq(IndexReader reader, string field, string text, int docFreq) => KnownFrequencies(reader, field).Add(text, docFreq);

    /// <summary>
    /// The document frequencies known by text in one field: keyed on the text alone, since hashing a (field, text) pair
    /// for each of the hundreds of candidate feedback words of a search hashed the field's name every time.
    /// </summary>
    private static BoundedCache<string, int> KnownFrequencies(IndexReader reader, string field) =>
        Frequencies.GetValue(reader, _ => new(StringComparer.Ordinal))
            .GetOrAdd(field, _ => new BoundedCache<string, int>(Capacity * 4, StringComparer.Ordinal));
}
