using System.Reflection;

namespace SearchAbstracts.Benchmarks.Tests;

/// <summary>
/// Each benchmark runs once in-process on small inputs (seeds/ and synthetic papers, never ../shared), so CI catches a
/// broken benchmark in seconds instead of at the next benchmark run.
/// </summary>
public class BenchmarkSmokeTests
{
    [Fact]
    public void AnalyzerBenchmarks_RunOnce_PassesItsChecks() =>
        BenchmarkSmoke.Run(new AnalyzerBenchmarks { Abstracts = 20, Corpus = null });

    [Fact]
    public void ListingReaderBenchmarks_RunOnce_PassesItsChecks() =>
        BenchmarkSmoke.Run(new ListingReaderBenchmarks { Copies = 3 });

    [Fact]
    public void IndexingBenchmarks_RunOnce_PassesItsChecks() =>
        BenchmarkSmoke.Run(new IndexingBenchmarks { Papers = 40, Corpus = null });

    [Fact]
    public void SearchBenchmarks_EveryQuerySnippetAndFacetSetting_PassesItsChecks()
    {
        var benchmarks = new SearchBenchmarks { Papers = 60, Corpus = null };
        var type = typeof(SearchBenchmarks);
        var variants = 0;
        BenchmarkSmoke.Run(benchmarks, runMethods =>
        {
            foreach (var query in BenchmarkSmoke.ParamsValues<string>(type, nameof(SearchBenchmarks.Query)))
            {
                foreach (var snippets in BenchmarkSmoke.ParamsValues<int>(type, nameof(SearchBenchmarks.SnippetCount)))
                {
                    foreach (var facets in BenchmarkSmoke.ParamsValues<bool>(type, nameof(SearchBenchmarks.CountFacets)))
                    {
                        benchmarks.Query = query;
                        benchmarks.SnippetCount = snippets;
                        benchmarks.CountFacets = facets;
                        runMethods();
                        variants++;
                    }
                }
            }
        });
        Assert.Equal(8, variants);
    }

    [Fact]
    public void SearchBenchmarks_QueryWithoutMatches_FailsItsCheck()
    {
        var benchmarks = new SearchBenchmarks { Papers = 20, Corpus = null, Query = "zzyzx" };
        var error = Assert.Throws<InvalidOperationException>(() => BenchmarkSmoke.Run(benchmarks));
        Assert.Contains("benchmark check failed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryBenchmarkClass_HasASmokeTest()
    {
        var benchmarkClasses = typeof(SearchBenchmarks).Assembly.GetTypes()
            .Where(t => BenchmarkSmoke.BenchmarkMethods(t).Any())
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);
        var tested = typeof(BenchmarkSmokeTests).GetMethods()
            .Where(m => m.GetCustomAttribute<FactAttribute>() is not null)
            .Select(m => m.Name.Split('_')[0])
            .ToHashSet(StringComparer.Ordinal);
        Assert.All(benchmarkClasses, name => Assert.Contains(name, tested));
    }
}
