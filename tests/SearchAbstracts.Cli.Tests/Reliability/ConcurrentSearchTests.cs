using Xunit.Abstractions;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Issue 5, section 2: <c>search</c> works while <c>index</c> runs in another process and sees the last commit, whole.
/// Properties, over searches run back to back during a 20,000-record run committing every 0.2 s:
/// 1. every search exits 0;
/// 2. every search sees whole commits: its venue and year counts are exactly those of the first <c>total</c> records;
/// 3. totals never go down;
/// 4. with the writer frozen (SIGSTOP), a search's total is exactly the papers of the last commit as Lucene reads it;
/// 5. the run still finishes with exactly 20,000 papers.
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed class ConcurrentSearchTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Freezing the writer stalls it; a few exact checks are enough next to the free-running ones.</summary>
    private const int FrozenChecks = 3;

    private readonly PublishedCliFixture _cli;
    private readonly ITestOutputHelper _output;
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public ConcurrentSearchTests(PublishedCliFixture cli, ITestOutputHelper output)
    {
        _cli = cli;
        _output = output;
    }

    public void Dispose() => _workspace.Dispose();

    [UnixFact]
    public void Search_WhileIndexRunsInAnotherProcess_SeesTheLastCommitWhole()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var dir = _workspace.In("index");
        var totals = new List<int>();
        var frozen = 0;

        using (var index = RunningCli.Start(_cli, _workspace.Path, "index", corpus, "--index", dir, "--commit-every", "0.2", "--quiet"))
        {
            index.WaitWhileRunningUntil(() => IndexInspector.HasFinishedCommit(dir), RunTimeout, "first commit");
            while (!index.HasExited)
            {
                var freeze = frozen < FrozenChecks && totals.Count % 3 == 0;
                var total = freeze ? SearchWithWriterFrozen(index, dir) : Search(dir);
                frozen += freeze ? 1 : 0;
                Assert.True(totals.Count == 0 || total >= totals[^1], $"a search saw {total} papers after {string.Join(", ", totals)}");
                totals.Add(total);
            }
            var result = index.WaitForExit(RunTimeout);
            Assert.True(result.ExitCode == 0, result.ToString());
        }
        _output.WriteLine($"totals seen while indexing: {string.Join(", ", totals)}");

        Assert.Contains(totals, t => t is > 0 and < GeneratedCorpus.Records);
        Assert.Equal(GeneratedCorpus.Records, Search(dir));
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir, checkIndex: false));
    }

    private int Search(string dir) =>
        IndexInspector.AssertSearchSeesCorpusPrefix(_cli.Run(_workspace.Path, "search", "*", "--index", dir, "--format", "json", "-n", "1"));

    /// <summary>With the writer stopped, what Lucene reads as the last commit and what a search counts must agree exactly.</summary>
    private int SearchWithWriterFrozen(RunningCli index, string dir)
    {
        index.Signal("STOP");
        try
        {
            var ids = IndexInspector.Ids(dir);
            Assert.Equal(GeneratedCorpus.Prefix(ids.Count), ids.Order(StringComparer.Ordinal));
            var total = Search(dir);
            Assert.Equal(ids.Count, total);
            return total;
        }
        finally
        {
            index.Signal("CONT");
        }
    }
}
