using System.Globalization;
using Xunit.Abstractions;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Issue 5, section 1: an <c>index</c> run killed with SIGKILL (no chance to clean up) loses at most the work since
/// its last commit. Properties checked after every kill, on the real published binary:
/// 1. the index opens (<c>stats</c> and <c>search</c> exit 0) and passes Lucene's CheckIndex;
/// 2. it holds every id once, and exactly the first N records of the input: whole commits, never half a batch;
/// 3. N never goes down from one kill to the next: a killed run loses nothing committed before it;
/// 4. the killed writer's lock does not block the next run, and a rerun of the same command finishes with exactly
///    20,000 papers, reporting the N already committed as unchanged.
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed class CrashSafetyTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Kill points 3 to 5: this long after a rerun starts writing (a segment file appears or changes). The first is
    /// short: once indexing got faster, a rerun that had only the last third of the records left sometimes finished
    /// within 0.3 s of its first write, and the test then had two kills instead of the three it needs. The second falls
    /// near the rerun's first commit (every 0.2 s), so a kill there may come just after it.
    /// </summary>
    private static readonly TimeSpan[] KillDelays = [TimeSpan.FromSeconds(0.05), TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(1)];

    private readonly PublishedCliFixture _cli;
    private readonly ITestOutputHelper _output;
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public CrashSafetyTests(PublishedCliFixture cli, ITestOutputHelper output)
    {
        _cli = cli;
        _output = output;
    }

    public void Dispose() => _workspace.Dispose();

    /// <summary>
    /// Five kill points, one per run of the same command on one index: (1) on the new index as soon as its first segment
    /// file appears, before its first commit (the rerun then starts over segment files of no commit); (2) in the next run, right after its first commit is complete; (3–5) in the
    /// next runs, 0.05 s, 0.25 s and 1 s after they start writing. A run that finishes before its kill point is checked the
    /// same way. Killing inside the first commit of a new index is a known bug, tested apart (<see cref="FirstCommitTests"/>).
    /// </summary>
    [UnixFact]
    public void Index_KilledAtSeveralPoints_KeepsItsLastCommitAndTheRerunFinishesExactly()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var dir = _workspace.In("index");
        string[] command = ["index", corpus, "--index", dir, "--commit-every", "0.2"];
        var committed = 0;
        var kills = 0;

        for (var point = 1; point <= 2 + KillDelays.Length; point++)
        {
            var before = SegmentFiles(dir);
            using var run = RunningCli.Start(_cli, _workspace.Path, command);
            var reached = point switch
            {
                1 => BeforeTheFirstCommit(run, dir),
                2 => AfterTheFirstCommit(run, dir),
                _ => AfterWriting(run, dir, before, KillDelays[point - 3]),
            };
            if (reached)
            {
                run.Kill();
            }
            var result = run.WaitForExit(RunTimeout);
            var killed = reached && result.ExitCode != 0;
            Assert.True(killed || result.ExitCode == 0, result.ToString());
            kills += killed ? 1 : 0;

            var now = IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir);
            Assert.True(now >= committed, $"the index held {committed} papers before run {point} and {now} after it was killed");
            committed = now;
            _output.WriteLine($"kill point {point}: {(killed ? "killed" : "finished first")}, {now} papers committed");
        }

        var rerun = _cli.Run(_workspace.Path, command);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        TempWorkspace.AssertNoStackTrace(rerun);
        var added = (GeneratedCorpus.Records - committed).ToString("N0", CultureInfo.InvariantCulture);
        Assert.Matches(
            $@"(?m)^Indexed {added} papers? from 1 file in [0-9.]+ s: {added} added, 0 updated, {committed.ToString("N0", CultureInfo.InvariantCulture)} unchanged, 0 skipped\r?$",
            rerun.Error);
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir));
        // The first three kill points fall well inside a 20,000-record run on any machine; without them this test proves little.
        Assert.True(kills >= 3, $"only {kills} runs were killed before they finished");
    }

    /// <summary>
    /// What kill point 1 leaves: segment files of no commit. They are the index's own, so the rerun must neither call the
    /// folder foreign ("not a SearchAbstracts index") nor need --rebuild. In-process, with stand-ins for the files.
    /// </summary>
    [Fact]
    public void Index_FolderOfAWriterKilledBeforeItsFirstCommit_IsIndexedInto()
    {
        using var workspace = new TempWorkspace();
        foreach (var leftover in new[] { "write.lock", "searchabstracts-writer.lock", "_0.fdt", "_0.fdx", "_1_Lucene41_0.doc" })
        {
            workspace.WriteFile("index/" + leftover, []);
        }

        var result = workspace.Run("index", "seeds", "--index", "index");

        Assert.True(result.ExitCode == 0, result.ToString());
        var stats = workspace.Run("stats", "--index", "index", "--format", "json");
        using var json = stats.Json();
        Assert.Equal(Seed.Papers, json.RootElement.GetProperty("papers").GetInt32());
    }

    /// <summary>
    /// Waits for the first segment file and freezes the writer there: true (kill it) when no commit has begun yet.
    /// Should the first commit have begun, lets it finish instead, as killing inside it is the known bug.
    /// </summary>
    private static bool BeforeTheFirstCommit(RunningCli run, string dir)
    {
        if (!run.WaitUntil(() => SegmentFiles(dir).Count > 0, RunTimeout, "first segment file"))
        {
            return false;
        }
        run.Signal("STOP");
        if (!IndexInspector.Files(dir).Keys.Any(f => f.StartsWith("segments", StringComparison.Ordinal)))
        {
            return true;
        }
        run.Signal("CONT");
        return AfterTheFirstCommit(run, dir);
    }

    private static bool AfterTheFirstCommit(RunningCli run, string dir) =>
        run.WaitUntil(() => IndexInspector.HasFinishedCommit(dir), RunTimeout, "first complete commit");

    /// <summary>Waits until the run writes, then <paramref name="delay"/> longer; false when it ended by itself first.</summary>
    private static bool AfterWriting(RunningCli run, string dir, HashSet<KeyValuePair<string, string>> before, TimeSpan delay)
    {
        if (!run.WaitUntil(() => !SegmentFiles(dir).IsSubsetOf(before), RunTimeout, "write to the index"))
        {
            return false;
        }
        var end = run.Elapsed + delay;
        return run.WaitUntil(() => run.Elapsed >= end, delay + RunTimeout, "kill point");
    }

    /// <summary>The segment files (<c>_*</c>) with size and time: an entry not in an earlier snapshot means the writer wrote.</summary>
    private static HashSet<KeyValuePair<string, string>> SegmentFiles(string dir) =>
        [.. IndexInspector.Files(dir).Where(f => f.Key.StartsWith('_'))];
}
