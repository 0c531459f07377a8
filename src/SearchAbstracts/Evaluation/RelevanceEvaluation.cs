using System.Collections.Concurrent;
using System.Diagnostics;
using SearchAbstracts.Ranking;

namespace SearchAbstracts.Evaluation;

/// <summary>
/// Runs judged queries through an index with a ranking profile and scores the result: the engine behind
/// <c>search-abstracts eval</c>. Queries are read as plain words (claims contain <c>:</c>, <c>(</c>, <c>-</c>),
/// through the same query pipeline as <c>search</c>.
/// </summary>
public static class RelevanceEvaluation
{
    /// <summary>Ranks every judged query (depth hits each, on all cores) and evaluates the run against <paramref name="qrels"/>.</summary>
    /// <remarks>A judged query missing from <paramref name="queries"/> scores 0 (trec_eval <c>-c</c>); unjudged queries are not run.</remarks>
    public static RelevanceRun Run(AbstractsIndex index, IReadOnlyList<EvalQuery> queries, Qrels qrels, RankingProfile profile, int depth = 1000)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(qrels);
        ArgumentNullException.ThrowIfNull(profile);
        var clock = Stopwatch.StartNew();
        var run = new ConcurrentDictionary<string, IReadOnlyList<RankedDoc>>(StringComparer.Ordinal);
        var judged = queries.Where(q => qrels.IsJudged(q.Id)).ToList();
        Parallel.ForEach(judged, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, query =>
        {
            run[query.Id] = index.Rank(query.Text, profile, depth);
        });
        var ordered = judged.Where(q => run.ContainsKey(q.Id)).ToDictionary(q => q.Id, q => run[q.Id], StringComparer.Ordinal);
        var report = Evaluator.Evaluate(qrels, ordered, EvaluationOptions.Default with { Depth = depth });
        return new RelevanceRun(profile, report, ordered, clock.Elapsed);
    }
}
