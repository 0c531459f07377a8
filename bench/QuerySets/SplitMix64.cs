namespace SearchAbstracts.Bench.QuerySets;

/// <summary>
/// A tiny seeded generator (SplitMix64, Steele et al. 2014) so that the query sets depend only on the seed and the
/// corpus, never on how a .NET version implements <see cref="Random"/>.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="bound"/>), by rejection so that there is no modulo bias.</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        var limit = ulong.MaxValue - (ulong.MaxValue % (ulong)bound);
        ulong value;
        do
        {
            value = Next();
        }
        while (value >= limit);
        return (int)(value % (ulong)bound);
    }

    /// <summary>The first <paramref name="count"/> items of a Fisher–Yates shuffle of <paramref name="items"/>.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        var take = Math.Min(count, copy.Length);
        for (var i = 0; i < take; i++)
        {
            var j = i + Below(copy.Length - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return [.. copy.Take(take)];
    }
}
