using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace SearchAbstracts.Search;

/// <summary>
/// One segment's length norms of a field as a plain byte array, read once and kept as long as the segment lives. The
/// term-at-a-time scorer reads a norm for every posting it scores (some 200,000 for a pasted title on arXiv 115k);
/// through Lucene's packed, virtual accessor each look-up cost more than the score itself.
/// </summary>
/// <remarks>
/// Memory: a byte a paper per field scored (115 KB per field for arXiv 115k). Segments are immutable, so the arrays
/// never go stale; they are keyed on the segment's core and dropped with it. Arrays are only read once made, so threads share them.
/// </remarks>
internal static class SegmentNorms
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, byte[]?>> Cache = new();

    /// <summary>The norm byte of every document of <paramref name="reader"/> for <paramref name="field"/>, or null when the field has no norms.</summary>
    public static byte[]? For(AtomicReader reader, string field) =>
        Cache.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, byte[]?>(StringComparer.Ordinal))
            .GetOrAdd(field, name => Load(reader, name));

    private static byte[]? Load(AtomicReader reader, string field)
    {
        var norms = reader.GetNormValues(field);
        if (norms is null)
        {
            return null;
        }
        var bytes = new byte[reader.MaxDoc];
        for (var doc = 0; doc < bytes.Length; doc++)
        {
            bytes[doc] = (byte)norms.Get(doc);
        }
        return bytes;
    }
}
