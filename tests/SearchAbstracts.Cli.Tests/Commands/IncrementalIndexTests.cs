namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary>Re-indexing: unchanged records are left alone, changed ones updated, <c>--prune</c>, <c>--quiet</c>, stopping early.</summary>
public sealed class IncrementalIndexTests : IDisposable
{
    private const string Summary = @"^Indexed (\d+) papers? from (\d+) files? in \d+\.\d s: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) skipped(, (\d+) pruned)?$";

    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Index_UnchangedInput_ReportsEverythingUnchangedAndWritesNothing()
    {
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta"), Record("3", "Gamma"));
        Assert.Equal(["3", "0", "0"], Counts(_workspace.Run("index", "a.jsonl")));
        var before = IndexFiles();

        var again = _workspace.Run("index", "a.jsonl");

        Assert.Equal(["0", "0", "3"], Counts(again));
        Assert.Equal(before, IndexFiles());
    }

    [Fact]
    public void Index_OneRecordChanged_UpdatesOnlyThatOne()
    {
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta"), Record("3", "Gamma"));
        _workspace.Run("index", "a.jsonl");
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta revised"), Record("3", "Gamma"), Record("4", "Delta"));

        var again = _workspace.Run("index", "a.jsonl");

        Assert.Equal(["1", "1", "2"], Counts(again));
        Assert.Equal(1, Total("revised"));
        Assert.Equal(4, Total("*"));
    }

    [Fact]
    public void Index_Prune_DeletesOnlyPapersGoneFromTheFilesRead()
    {
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta"));
        Write("b.jsonl", Record("3", "Gamma"));
        _workspace.Run("index", "a.jsonl", "b.jsonl");
        Write("a.jsonl", Record("1", "Alpha"));

        var withoutPrune = _workspace.Run("index", "a.jsonl");
        Assert.Equal(3, Total("*"));
        var withPrune = _workspace.Run("index", "a.jsonl", "--prune");

        Assert.Matches(Summary, withoutPrune.ErrorLines[^1]);
        var pruned = System.Text.RegularExpressions.Regex.Match(withPrune.ErrorLines[^1], Summary);
        Assert.True(pruned.Success, withPrune.ToString());
        Assert.Equal("1", pruned.Groups[8].Value);
        Assert.Equal(0, Total("Beta"));
        Assert.Equal(1, Total("Gamma")); // b.jsonl was not read, so its papers stay
    }

    [Fact]
    public void Index_PruneWithABadRecord_KeepsTheFilesPapersAndWarns()
    {
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta"));
        _workspace.Run("index", "a.jsonl");
        Write("a.jsonl", Record("1", "Alpha"), "{\"_id\": \"2\", \"title\": ");

        var result = _workspace.Run("index", "a.jsonl", "--prune");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("warning: not pruned", StringComparison.Ordinal));
        Assert.Equal(1, Total("Beta"));
    }

    [Fact]
    public void Index_Quiet_PrintsNoSummaryButStillTheErrors()
    {
        Write("a.jsonl", Record("1", "Alpha"), "not json");

        var result = _workspace.Run("index", "a.jsonl", "--quiet");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("a.jsonl:2: error:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Cancelled_StopsWithExit130AndSaysWhatWasCommitted()
    {
        Write("a.jsonl", Record("1", "Alpha"), Record("2", "Beta"));
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var console = new CliConsole(output, error, false) { WorkingDirectory = _workspace.Path, Cancellation = stop.Token };

        var code = CliApp.Run(["index", "a.jsonl"], console);

        Assert.Equal(130, code);
        Assert.Contains("Stopped early; committed what was read so far (0 added", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Run the same command again to finish", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    public void Index_ThreadsOutOfRange_IsAUsageError(string threads)
    {
        Write("a.jsonl", Record("1", "Alpha"));

        var result = _workspace.Run("index", "a.jsonl", "--threads", threads);

        TempWorkspace.AssertOneLineError(result, 1, "--threads");
    }

    [Fact]
    public void Index_OneThread_GivesTheSameIndexAsSeveral()
    {
        Write("a.jsonl", [.. Enumerable.Range(1, 300).Select(i => Record(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Paper {i} on topic {i % 7}"))]);

        _workspace.Run("index", "a.jsonl", "--index", "one", "--threads", "1");
        _workspace.Run("index", "a.jsonl", "--index", "four", "--threads", "4");

        // Papers of equal score may come in either order (Lucene breaks ties by internal document number,
        // which depends on which thread wrote a paper), so the hits are compared with their scores, in id order.
        foreach (var query in new[] { "topic", "paper 17", "*" })
        {
            Assert.Equal(Hits(query, "one"), Hits(query, "four"));
        }
    }

    private static string Record(string id, string title) =>
        $"{{\"_id\": \"{id}\", \"title\": \"{title}\", \"text\": \"An abstract about {title}.\", \"metadata\": {{}}}}";

    private void Write(string name, params string[] lines) => _workspace.WriteFile(name, string.Join('\n', lines) + "\n");

    private static string[] Counts(CliResult result)
    {
        var match = System.Text.RegularExpressions.Regex.Match(result.ErrorLines[^1], Summary);
        Assert.True(match.Success, result.ToString());
        return [match.Groups[3].Value, match.Groups[4].Value, match.Groups[5].Value];
    }

    private Dictionary<string, long> IndexFiles() =>
        Directory.GetFiles(_workspace.IndexPath).ToDictionary(f => Path.GetFileName(f), f => new FileInfo(f).LastWriteTimeUtc.Ticks);

    private int Total(string query)
    {
        using var json = _workspace.Run("search", query, "--format", "json").Json();
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private List<(string, double)> Hits(string query, string index)
    {
        using var json = _workspace.Run("search", query, "--index", index, "--format", "json", "-n", "1000").Json();
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (h.GetProperty("id").GetString()!, h.GetProperty("score").GetDouble()))
            .OrderBy(h => h.Item1, StringComparer.Ordinal)
            .ToList();
    }
}
