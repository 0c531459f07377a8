namespace SearchAbstracts.Benchmarks;

/// <summary>
/// A benchmark whose operation processes a known amount of work (tokens, megabytes, papers), so that
/// <see cref="ThroughputColumn"/> can show work per second next to the time per operation.
/// </summary>
public interface IThroughputBenchmark
{
    /// <summary>The unit of work, plural: <c>tokens</c>, <c>MB</c>, <c>papers</c>.</summary>
    string Unit { get; }

    /// <summary>Work done by one call of any benchmark method of the class; valid after the global setup.</summary>
    double UnitsPerOperation { get; }
}
