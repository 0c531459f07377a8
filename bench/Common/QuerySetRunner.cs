using System.Diagnostics;
using System.Globalization;

namespace SearchAbstracts.Bench;

/// <summary>
/// Runs a query set against one opened engine the way <c>search-abstracts search --queries</c> does: a warm-up pass
/// over every query, a full garbage collection, then a timed pass, one query at a time on one thread. Each timed query includes fetching the
/// top hits' ids and a highlighted abstract snippet for each.
/// </summary>
internal static class QuerySetRunner
{
    public static void Run(IReadOnlyList<BenchQuery> queries, Func<string, IReadOnlyList<BenchHit>> search, string? runPath, TextWriter output)
    {
        foreach (var query in queries)
        {
            search(query.Text);
        }
        // As search-abstracts does after its warm-up pass: what the warm-up cached moves to the oldest generation now,
        // not by a collection inside the timed pass.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();

        var times = new double[queries.Count];
        var results = new IReadOnlyList<BenchHit>[queries.Count];
        var total = Stopwatch.StartNew();
        for (var i = 0; i < queries.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            results[i] = search(queries[i].Text);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        total.Stop();

        output.WriteLine(LatencySummary.Format(times, total.Elapsed));
        var knownItems = queries.Where((query, i) => results[i].Count > 0 && results[i][0].Id == query.Id).Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"known-item @1: {knownItems / (double)Math.Max(queries.Count, 1):0.000} ({knownItems}/{queries.Count})"));
        var hits = results.Sum(r => r.Count);
        var highlighted = results.Sum(r => r.Count(hit => hit.Snippet.Contains('[', StringComparison.Ordinal)));
        output.WriteLine($"snippets: {highlighted} of {hits} hits have a highlighted abstract snippet");
        if (runPath is not null)
        {
            WriteRun(runPath, queries, results);
        }
    }

    /// <summary>Writes a TREC run file: <c>qid Q0 docid rank score tag</c>, as <c>search-abstracts eval --run</c> does.</summary>
    private static void WriteRun(string path, IReadOnlyList<BenchQuery> queries, IReadOnlyList<BenchHit>[] results)
    {
        using var writer = new StreamWriter(path);
        for (var i = 0; i < queries.Count; i++)
        {
            for (var rank = 0; rank < results[i].Count; rank++)
            {
                var hit = results[i][rank];
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queries[i].Id} Q0 {hit.Id} {rank + 1} {hit.Score:0.######} bench"));
            }
        }
    }
}
