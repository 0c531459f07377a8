using BenchmarkDotNet.Attributes;
using SearchAbstracts.Search;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// One search on an index of <see cref="Papers"/> papers (the default ranking profile), with and without snippets
/// and facet counts, for a one-word and a three-word query (three words also run RM3 feedback re-ranking).
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private string _root = "";
    private AbstractsIndex _index = null!;
    private readonly Dictionary<string, int> _expectedTotals = new(StringComparer.Ordinal);

    [Params(5000)]
    public int Papers { get; set; } = 5000;

    [Params("training", "large language models")]
    public string Query { get; set; } = "training";

    [Params(0, 2)]
    public int SnippetCount { get; set; } = 2;

    [Params(false, true)]
    public bool CountFacets { get; set; } = true;

    /// <summary>The arXiv corpus to take papers from, or null for synthetic ones (the default when it is absent).</summary>
    public string? Corpus { get; set; } = BenchmarkPaths.Corpus();

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("sa-bench-search-").FullName;
        _index = AbstractsIndex.OpenOrCreate(_root, rebuild: true);
        using (var writer = _index.OpenWriter())
        {
            foreach (var paper in BenchmarkPapers.Load(Corpus, Papers))
            {
                writer.AddOrReplace(paper);
            }
            writer.Commit();
        }
        BenchmarkCheck.That(_index.GetStats().Papers == Papers, $"the index has {_index.GetStats().Papers} papers, {Papers} expected");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _index.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Benchmark]
    public int Search()
    {
        var results = _index.Search(new SearchRequest { Query = Query, SnippetCount = SnippetCount, CountFacets = CountFacets });
        Check(results);
        return results.Hits.Count;
    }

    /// <summary>
    /// The same query always matches as many papers (learned on the first call, and it must be some); the page is
    /// full; snippets and facets are there exactly when asked for.
    /// </summary>
    private void Check(SearchResults results)
    {
        var expected = _expectedTotals.TryGetValue(Query, out var total) ? total : _expectedTotals[Query] = results.Total;
        BenchmarkCheck.That(results.Total == expected && expected > 0, $"'{Query}' matched {results.Total} papers, {expected} expected (and more than 0)");
        BenchmarkCheck.That(results.Hits.Count == Math.Min(10, expected), $"'{Query}' returned {results.Hits.Count} hits of {expected}");
        var snippets = results.Hits.Count(hit => hit.Snippets.Count > 0);
        BenchmarkCheck.That(SnippetCount == 0 ? snippets == 0 : snippets > 0, $"{snippets} hits with snippets for SnippetCount {SnippetCount}");
        BenchmarkCheck.That(CountFacets == (results.Venues.Count > 0), $"{results.Venues.Count} venue counts for CountFacets {CountFacets}");
    }
}
