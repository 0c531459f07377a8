using System.Text.Json;
using SearchAbstracts.Cli.Commands;

namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>search --queries FILE [--stats]</c>: one JSON Lines record per query, latency figures on stderr.</summary>
public sealed class BatchSearchTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Search_QueryFile_WritesOneRecordPerQueryWithItsId()
    {
        _workspace.BuildIndex();
        _workspace.WriteFile("q.tsv", "q1\tquantization\n\nmixture of experts\nq3\tpipeline parallelism\n");

        var result = _workspace.Run("search", "--queries", "q.tsv", "-n", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines.Select(l => JsonDocument.Parse(l)).ToList();
        Assert.Equal(["q1", "3", "q3"], lines.Select(l => l.RootElement.GetProperty("queryId").GetString()));
        Assert.Equal(["quantization", "mixture of experts", "pipeline parallelism"], lines.Select(l => l.RootElement.GetProperty("query").GetString()));
        var single = _workspace.Run("search", "quantization", "-n", "2", "--format", "json").Json();
        Assert.Equal(
            single.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()),
            lines[0].RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Search_Stats_PrintsPercentilesAndThroughputOnStderr()
    {
        _workspace.BuildIndex();
        _workspace.WriteFile("q.txt", "quantization\ntraining\n");

        var result = _workspace.Run("search", "--queries", "q.txt", "--stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.OutLines.Count);
        Assert.Equal(2, result.ErrorLines.Count);
        Assert.Matches(@"^2 queries in \d+\.\d\d s: p50 \d+\.\d\d ms, p95 \d+\.\d\d ms, p99 \d+\.\d\d ms, \d+\.\d queries/s$", result.ErrorLines[0]);
        Assert.Matches(@"^garbage collections while timed: \d+, \d+ of them full \(\d+\.\d ms paused, \d+ MB allocated\)$", result.ErrorLines[1]);
    }

    [Fact]
    public void Search_BadQueryInFile_IsAnErrorRecordAndTheRestRun()
    {
        _workspace.BuildIndex();
        _workspace.WriteFile("q.tsv", "a\t   \nb\tquantization\n");

        var result = _workspace.Run("search", "--queries", "q.tsv");

        Assert.Equal(1, result.ExitCode);
        var lines = result.OutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(lines[0].TryGetProperty("error", out _), result.ToString());
        Assert.True(lines[1].GetProperty("total").GetInt32() > 0);
    }

    [Theory]
    [InlineData(new[] { "search" }, "no query given")]
    [InlineData(new[] { "search", "x", "--queries", "q.txt" }, "not both")]
    [InlineData(new[] { "search", "x", "--stats" }, "--stats")]
    [InlineData(new[] { "search", "--queries", "missing.txt" }, "missing.txt")]
    public void Search_BadBatchUsage_IsAOneLineError(string[] args, string fragment)
    {
        _workspace.BuildIndex();
        _workspace.WriteFile("q.txt", "x\n");

        TempWorkspace.AssertOneLineError(_workspace.Run(args), 1, fragment);
    }

    [Fact]
    public void Percentile_NearestRank()
    {
        double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        Assert.Equal((5.0, 10.0, 10.0, 1.0), (BatchSearch.Percentile(sorted, 50), BatchSearch.Percentile(sorted, 95),
            BatchSearch.Percentile(sorted, 99), BatchSearch.Percentile(sorted, 1)));
    }
}
