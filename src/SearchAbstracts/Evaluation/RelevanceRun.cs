using SearchAbstracts.Ranking;

namespace SearchAbstracts.Evaluation;

/// <summary>One evaluation of a ranking profile: the metrics, the run itself (for a TREC run file) and the time it took.</summary>
/// <param name="Profile">The ranking that was evaluated.</param>
/// <param name="Report">Mean and per-query metrics.</param>
/// <param name="Run">Per judged query, the ranked hits.</param>
/// <param name="Elapsed">Wall time of ranking every query (evaluation arithmetic included).</param>
public sealed record RelevanceRun(
    RankingProfile Profile,
    EvaluationReport Report,
    IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> Run,
    TimeSpan Elapsed);
