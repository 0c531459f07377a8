using System.Text;
using BenchmarkDotNet.Attributes;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// Listing reader throughput in MB/s: a synthetic listing (the seed's 8 records repeated with distinct citations)
/// read from a file (<see cref="ListingReader.ReadFile"/>: read, UTF-8 check, parse) and parsed from memory.
/// </summary>
[MemoryDiagnoser]
public class ListingReaderBenchmarks : IThroughputBenchmark
{
    private string _path = "";
    private string _text = "";

    /// <summary>Copies of the seed's records; 500 gives 4,000 papers, about 7 MB.</summary>
    [Params(500)]
    public int Copies { get; set; } = 500;

    public string Unit => "MB";

    public double UnitsPerOperation => new FileInfo(_path).Length / 1e6;

    private int ExpectedPapers => Copies * SyntheticListing.SeedRecords;

    [GlobalSetup]
    public void Setup()
    {
        _text = SyntheticListing.Create(Copies);
        _path = Path.Combine(Path.GetTempPath(), $"sa-bench-listing-{Environment.ProcessId}-{Copies}.txt");
        File.WriteAllText(_path, _text, new UTF8Encoding(false));
        var result = ListingReader.ReadFile(_path);
        var ids = result.Papers.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
        BenchmarkCheck.That(ids == ExpectedPapers && result.Skipped == 0 && result.Diagnostics.Count == 0,
            $"{result.Papers.Count} papers ({ids} distinct ids), {result.Diagnostics.Count} diagnostics; {ExpectedPapers} clean papers expected");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int ReadFile()
    {
        var result = ListingReader.ReadFile(_path);
        BenchmarkCheck.That(result.Papers.Count == ExpectedPapers, $"{result.Papers.Count} papers, {ExpectedPapers} expected");
        return result.Papers.Count;
    }

    [Benchmark]
    public int ParseText()
    {
        var result = ListingReader.Parse(_text, "synthetic.txt");
        BenchmarkCheck.That(result.Papers.Count == ExpectedPapers, $"{result.Papers.Count} papers, {ExpectedPapers} expected");
        return result.Papers.Count;
    }
}
