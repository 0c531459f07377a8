namespace SearchAbstracts.Evaluation;

/// <summary>How a run is turned into rankings before it is scored.</summary>
public sealed record EvaluationOptions
{
    private readonly int depth = 1000;

    /// <summary>The defaults: depth 1000, <see cref="RankOrder.AsGiven"/>, self-hits dropped.</summary>
    public static EvaluationOptions Default { get; } = new();

    /// <summary>
    /// Hits kept per query (trec_eval <c>-M</c>), counted after self-hits and duplicates are removed. Default 1000.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Not positive.</exception>
    public int Depth
    {
        get => depth;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            depth = value;
        }
    }

    /// <summary>How hits are ordered; <see cref="RankOrder.AsGiven"/> by default.</summary>
    public RankOrder Order { get; init; } = RankOrder.AsGiven;

    /// <summary>
    /// Drop a hit whose doc id equals the query id (BEIR's <c>ignore_identical_ids</c>, on by default there:
    /// in collections where queries are also documents the query would otherwise find itself).
    /// </summary>
    public bool DropSelfHits { get; init; } = true;
}
