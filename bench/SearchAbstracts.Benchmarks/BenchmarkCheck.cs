namespace SearchAbstracts.Benchmarks;

/// <summary>
/// Every benchmark checks what it computed, so that a broken benchmark (no tokens, no papers, no hits) fails
/// loudly instead of reporting a fast time.
/// </summary>
internal static class BenchmarkCheck
{
    public static void That(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"benchmark check failed: {what}");
        }
    }
}
