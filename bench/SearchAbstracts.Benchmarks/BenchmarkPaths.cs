namespace SearchAbstracts.Benchmarks;

/// <summary>Where the benchmark inputs are: the repository's <c>seeds/</c> and, optionally, the arXiv corpus.</summary>
internal static class BenchmarkPaths
{
    /// <summary>Overrides the arXiv corpus location (default <c>../shared/data/arxiv-daily-115k/corpus.jsonl.gz</c> from the repository root).</summary>
    public const string CorpusVariable = "SA_BENCH_CORPUS";

    /// <summary>
    /// The repository root: the nearest folder above the running binary (or the current folder) with
    /// <c>SearchAbstracts.sln</c>. BenchmarkDotNet runs each benchmark from a generated folder under the project's
    /// <c>bin/</c>, which is still inside the repository.
    /// </summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The seed listing shipped with the repository (8 records).</summary>
    public static string SeedListing => Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "seeds"), "000_*.txt").Order(StringComparer.Ordinal).First();

    /// <summary>The arXiv corpus if it is there, else null (benchmarks then use synthetic papers).</summary>
    public static string? Corpus()
    {
        var path = Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } given
            ? given
            : Path.Combine(RepositoryRoot, "..", "shared", "data", "arxiv-daily-115k", "corpus.jsonl.gz");
        return File.Exists(path) ? Path.GetFullPath(path) : null;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SearchAbstracts.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new InvalidOperationException($"no SearchAbstracts.sln above {AppContext.BaseDirectory}: run the benchmarks from the repository");
    }
}
