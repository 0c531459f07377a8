using System.Collections.Concurrent;
using System.Globalization;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 2 (library concurrency). One <see cref="AbstractsIndex"/> is shared by threads:
/// <list type="number">
/// <item>8 threads × 500 queries give exactly the results (ids, scores, totals, facets, notices) of the same queries run one by one;</item>
/// <item>a long-lived instance does not see another instance's commit until <see cref="AbstractsIndex.Refresh"/>, which then
/// returns true and shows it; searches running while it refreshes complete normally;</item>
/// <item>commits are atomic: while batches of exactly 50 papers are committed, every total a refreshing reader sees is a multiple of 50.</item>
/// </list>
/// </summary>
public sealed class LibraryConcurrencyTests(ITestOutputHelper output)
{
    private const int Threads = 8;
    private const int QueriesPerThread = 500;

    /// <summary>Short papers in three venues and five years: every search feature has something to find, and snippets are cheap.</summary>
    private static readonly Paper[] Corpus =
    [
        TestPapers.Make("q1", "A survey of quantization for large language models", "Quantization lowers the precision of weights. We survey post-training quantization.", "Venue A", 2026, type: "survey"),
        TestPapers.Make("q2", "Quantized attention kernels", "Low-bit kernels speed up attention (MoE layers included) on GPUs.", "Venue B", 2025),
        TestPapers.Make("p1", "Pipeline parallelism for training large models", "Pipeline parallelism splits layers across devices; micro-batches hide bubbles.", "Venue A", 2024),
        TestPapers.Make("p2", "Scheduling heterogeneous training jobs", "We schedule training on heterogeneous clusters with a co-design of hardware and software.", "Venue C", 2023),
        TestPapers.Make("m1", "Sparse mixture-of-experts (MoE) at scale", "Mixture-of-Experts (MoE) models activate few experts per token.", "Venue B", 2025),
        TestPapers.Make("h1", "Hardware-software co-design of accelerators", "Co-design of a sparse accelerator and its compiler for heterogeneous systems.", "Venue C", 2022, type: "perspective"),
        TestPapers.Make("a1", "An efficient memory allocator", "A memory allocator for supercomputers reduces fragmentation.", "Venue A", 2022),
        TestPapers.Make("r1", "Reviewing retrieval for question answering", "Retrieval-augmented models answer questions with cited evidence.", "Venue B", 2026, type: "review"),
    ];

    private static readonly SearchRequest[] Requests =
    [
        new() { Query = "quantization" },
        new() { Query = "training of large models" },
        new() { Query = "\"pipeline parallelism\"" },
        new() { Query = "title:survey" },
        new() { Query = "heterogeneous AND (training OR scheduling)" },
        new() { Query = "hardware -quantization" },
        new() { Query = "quant*" },
        new() { Query = "year:[2025 TO 2026]" },
        new() { Query = "*" },
        new() { Query = "*", Sort = SearchSort.Date, Limit = 3, Offset = 2 },
        new() { Query = "models", Venues = ["Venue A"] },
        new() { Query = "models", YearFrom = 2025 },
        new() { Query = "MoE" },
        new() { Query = "co-design", Limit = 1 },
        new() { Query = "memory allocator", CountFacets = false },
        new() { Query = "type:perspective" },
        new() { Query = "attention kernels", Explain = true },
        new() { Query = "foo:bar" },
    ];

    [Fact]
    public void Search_EightThreadsFiveHundredQueriesEach_GiveTheSequentialResults()
    {
        using var temp = TempIndex.With(Corpus);
        var expected = Requests.Select(r => Fingerprint(temp.Index.Search(r))).ToArray();
        var failures = new ConcurrentQueue<string>();
        using var start = new Barrier(Threads);

        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < QueriesPerThread; i++)
            {
                var which = ((t * 7) + (i * 5)) % Requests.Length;
                try
                {
                    var actual = Fingerprint(temp.Index.Search(Requests[which]));
                    if (actual != expected[which])
                    {
                        failures.Enqueue($"thread {t}, query {i} ('{Requests[which].Query}'): {actual} instead of {expected[which]}");
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue($"thread {t}, query {i} ('{Requests[which].Query}'): {e}");
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        Assert.True(workers.All(w => w.Join(TimeSpan.FromSeconds(60))), "the searching threads did not finish within 60 s");

        Assert.True(failures.IsEmpty, $"{failures.Count} differences, the first: {failures.FirstOrDefault()}");
        output.WriteLine($"{Threads} threads × {QueriesPerThread} queries = {Threads * QueriesPerThread} searches, all equal to the sequential results");
    }

    [Fact]
    public void Refresh_CommitOfAnotherInstance_IsSeenOnlyAfterRefresh()
    {
        using var temp = TempIndex.With(Paper("first-0"), Paper("first-1"));
        using var reader = AbstractsIndex.Open(temp.Path);
        Assert.Equal(2, All(reader).Total);

        using (var writer = temp.Index.OpenWriter())
        {
            writer.AddOrReplace(Paper("later"));
            writer.Commit();
        }

        Assert.Equal(3, All(temp.Index).Total);
        Assert.Equal(2, All(reader).Total);
        Assert.Null(reader.Get("later"));
        Assert.True(reader.Refresh());
        Assert.Equal(3, All(reader).Total);
        Assert.NotNull(reader.Get("later"));
        Assert.False(reader.Refresh());
    }

    [Fact]
    public void Refresh_WhileOtherThreadsSearch_LetsEverySearchComplete()
    {
        using var temp = TempIndex.With(Paper("p-0"));
        using var reader = AbstractsIndex.Open(temp.Path);
        var failures = new ConcurrentQueue<string>();
        var searches = 0;
        var refreshes = 0;
        using var stop = new CancellationTokenSource();

        var searchers = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            var last = 0;
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = reader.Search(new SearchRequest { Query = t % 2 == 0 ? "*" : "quantization kernels", Limit = 20 });
                    // A search sees one commit, whole: the total never goes back and every hit is a paper.
                    if (results.Total < last || results.Hits.Any(h => !h.Paper.Id.StartsWith("p-", StringComparison.Ordinal)))
                    {
                        failures.Enqueue($"thread {t}: total {results.Total} after {last}");
                    }
                    last = t % 2 == 0 ? results.Total : last;
                    Interlocked.Increment(ref searches);
                }
                catch (Exception e)
                {
                    failures.Enqueue($"thread {t}: {e}");
                }
            }
        })).ToList();
        searchers.ForEach(s => s.Start());
        for (var i = 1; i <= 15; i++)
        {
            using (var writer = temp.Index.OpenWriter())
            {
                writer.AddOrReplace(Paper($"p-{i}"));
                writer.Commit();
            }
            refreshes += reader.Refresh() ? 1 : 0;
        }
        stop.Cancel();
        Assert.True(searchers.All(s => s.Join(TimeSpan.FromSeconds(30))), "the searching threads did not stop within 30 s");

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, the first: {failures.FirstOrDefault()}");
        Assert.Equal(15, refreshes);
        Assert.Equal(16, All(reader).Total);
        output.WriteLine($"{searches} searches ran during {refreshes} refreshes");
    }

    [Fact]
    public void Commit_BatchesOfFifty_AreSeenWholeByARefreshingReader()
    {
        const int batches = 12;
        using var temp = TempIndex.Empty();
        using var writer = temp.Index.OpenWriter();
        writer.Commit();
        using var reader = AbstractsIndex.Open(temp.Path);
        var seen = new ConcurrentBag<int>();
        var failures = new ConcurrentQueue<string>();
        var done = false;

        var watcher = new Thread(() =>
        {
            var last = 0;
            while (!Volatile.Read(ref done))
            {
                try
                {
                    reader.Refresh();
                    var total = All(reader).Total;
                    seen.Add(total);
                    if (total % 50 != 0 || total < last)
                    {
                        failures.Enqueue($"saw {total} papers after {last}");
                    }
                    last = total;
                }
                catch (Exception e)
                {
                    failures.Enqueue(e.ToString());
                }
            }
        });
        watcher.Start();
        for (var b = 0; b < batches; b++)
        {
            for (var i = 0; i < 50; i++)
            {
                writer.AddOrReplace(Paper(string.Create(CultureInfo.InvariantCulture, $"p-{b}-{i}")));
            }
            writer.Commit();
        }
        Volatile.Write(ref done, true);
        Assert.True(watcher.Join(TimeSpan.FromSeconds(30)), "the reader did not stop within 30 s");
        reader.Refresh();

        Assert.True(failures.IsEmpty, $"{failures.Count} failures, the first: {failures.FirstOrDefault()}");
        Assert.Equal(batches * 50, All(reader).Total);
        var distinct = seen.Distinct().Order().ToList();
        output.WriteLine($"{seen.Count} reads of the total during {batches} commits of 50; totals seen: {string.Join(", ", distinct)}");
    }

    private static SearchResults All(AbstractsIndex index) => index.Search(new SearchRequest { Query = "*", Limit = 1 });

    private static Paper Paper(string id) =>
        TestPapers.Make(id, $"Quantization kernels {id}", $"Sparse attention kernels for paper {id}.");

    /// <summary>Everything a search returns except the time it took.</summary>
    private static string Fingerprint(SearchResults r) => string.Join(" | ",
        r.Total.ToString(CultureInfo.InvariantCulture),
        string.Join(",", r.Hits.Select(h => $"{h.Rank}:{h.Paper.Id}:{h.Score.ToString("R", CultureInfo.InvariantCulture)}:{h.TitleHighlights.Count}:{h.Snippets.Count}")),
        string.Join(",", r.Venues.Select(v => $"{v.Value}={v.Count}")),
        string.Join(",", r.Years.Select(v => $"{v.Value}={v.Count}")),
        string.Join(",", r.Notices));
}
