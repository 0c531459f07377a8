using BenchmarkDotNet.Attributes;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// Indexing throughput in papers/s: a new index (<see cref="AbstractsIndex.OpenOrCreate"/> with rebuild) gets
/// <see cref="Papers"/> papers through <c>OpenWriter().AddOrReplace</c> and one <c>Commit</c>. The papers are the arXiv
/// corpus's first records when it is there, else synthetic ones; they are read before timing starts.
/// </summary>
[MemoryDiagnoser]
public class IndexingBenchmarks : IThroughputBenchmark
{
    private IReadOnlyList<Paper> _papers = [];
    private string _root = "";

    [Params(2000)]
    public int Papers { get; set; } = 2000;

    /// <summary>The arXiv corpus to take papers from, or null for synthetic ones (the default when it is absent).</summary>
    public string? Corpus { get; set; } = BenchmarkPaths.Corpus();

    public string Unit => "papers";

    public double UnitsPerOperation => Papers;

    private string IndexPath => Path.Combine(_root, "index");

    [GlobalSetup]
    public void Setup()
    {
        _papers = BenchmarkPapers.Load(Corpus, Papers);
        _root = Directory.CreateTempSubdirectory("sa-bench-indexing-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (AbstractsIndex.Exists(IndexPath))
        {
            using var index = AbstractsIndex.Open(IndexPath);
            var stats = index.GetStats();
            BenchmarkCheck.That(stats.Papers == Papers, $"the last index built has {stats.Papers} papers, {Papers} expected");
        }
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public int IndexPapers()
    {
        using var index = AbstractsIndex.OpenOrCreate(IndexPath, rebuild: true);
        using var writer = index.OpenWriter();
        foreach (var paper in _papers)
        {
            writer.AddOrReplace(paper);
        }
        writer.Commit();
        BenchmarkCheck.That(writer.Added == Papers && writer.Replaced == 0, $"{writer.Added} added, {writer.Replaced} replaced; {Papers} new papers expected");
        return writer.Added;
    }
}
