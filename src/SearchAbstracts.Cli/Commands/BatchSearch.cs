using System.Diagnostics;
using System.Globalization;
using SearchAbstracts.Cli.Output;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Commands;

/// <summary>
/// <c>search --queries FILE</c>: every query of the file on one opened index, one JSON Lines record each on
/// stdout; with <c>--stats</c>, latency percentiles and throughput on stderr.
/// </summary>
internal static class BatchSearch
{
    public static int Run(AbstractsIndex index, IReadOnlyList<(string Id, string Text)> queries, SearchRequest template, bool stats, CliConsole console)
    {
        if (stats)
        {
            // One untimed pass first, so the figures are of a warm process (JIT done, index pages cached), as a server would be.
            foreach (var (_, text) in queries)
            {
                TrySearch(index, template with { Query = text });
            }
            // What the warm-up cached (decoded postings, term states, analyzed words) is then moved to the oldest
            // generation once, as in a server that has been up a while, rather than by a pause in the timed pass (a
            // 6-9 ms collection of the middle generation was the slowest query of a run, arXiv 115k).
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        var latencies = new List<double>(queries.Count);
        var failed = 0;
        var collections = GC.CollectionCount(0);
        var full = GC.CollectionCount(GC.MaxGeneration);
        var paused = GC.GetTotalPauseDuration();
        var allocated = GC.GetTotalAllocatedBytes();
        var total = Stopwatch.StartNew();
        foreach (var (id, text) in queries)
        {
            var request = template with { Query = text };
            var clock = Stopwatch.StartNew();
            var (results, error) = TrySearch(index, request);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            if (results is null)
            {
                failed++;
                JsonResultsWriter.WriteErrorLine(id, text, error!, console.Out);
            }
            else
            {
                JsonResultsWriter.WriteLine(results, request, id, console.Out);
            }
        }
        total.Stop();
        if (stats)
        {
            console.Error.WriteLine(Summary(latencies, total.Elapsed));
            // Collections pause whichever query is running: they explain a high p99, and allocations bring them on. A
            // full one (in the background, as a rule) also takes one of the cores for the ten-odd milliseconds it marks
            // the heap, slowing the queries of that stretch without pausing them: the pause total does not show it.
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"garbage collections while timed: {GC.CollectionCount(0) - collections}, {GC.CollectionCount(GC.MaxGeneration) - full} of them full ({(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0.0} ms paused, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:0} MB allocated)"));
        }
        return failed > 0 ? ExitCodes.BadInput : ExitCodes.Success;
    }

    /// <summary><c>1000 queries in 2.41 s: p50 2.10 ms, p95 3.90 ms, p99 5.80 ms, 415.2 queries/s</c> (the time includes writing the output).</summary>
    internal static string Summary(List<double> latencies, TimeSpan elapsed)
    {
        var sorted = latencies.Order().ToArray();
        var c = CultureInfo.InvariantCulture;
        return string.Create(c,
            $"{sorted.Length} queries in {elapsed.TotalSeconds:0.00} s: p50 {Percentile(sorted, 50):0.00} ms, p95 {Percentile(sorted, 95):0.00} ms, p99 {Percentile(sorted, 99):0.00} ms, {sorted.Length / elapsed.TotalSeconds:0.0} queries/s");
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(double[] sorted, int percent)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    private static (SearchResults? Results, string? Error) TrySearch(AbstractsIndex index, SearchRequest request)
    {
        try
        {
            return (index.Search(request), null);
        }
        catch (InvalidRequestException e)
        {
            return (null, e.Message);
        }
    }
}
