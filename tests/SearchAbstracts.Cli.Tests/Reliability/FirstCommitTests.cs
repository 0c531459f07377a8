namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// The first commit of a new index, a window the other reliability tests step around. Lucene 4.8 creates
/// <c>segments_1</c> when a commit begins and writes its bytes only when the commit ends, after syncing every new file
/// (a long while on a large first batch). Later commits are safe, as readers fall back to the commit before; the first
/// has none. While the window is open, and for good when the writer is killed inside it, the folder holds no readable
/// commit: <c>search</c> must say there is no index yet (not "damaged"), a second <c>index</c> must say "locked", and
/// the rerun of a killed command must start afresh. (Found by these tests; fixed in <c>AbstractsIndex.HasCommit</c>.)
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed class FirstCommitTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly PublishedCliFixture _cli;
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public FirstCommitTests(PublishedCliFixture cli) => _cli = cli;

    public void Dispose() => _workspace.Dispose();

    [UnixFact]
    public void Index_KilledDuringItsFirstCommit_TheRerunFinishes()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var dir = _workspace.In("index");
        string[] command = ["index", corpus, "--index", dir, "--commit-every", "0.2"];
        using (var run = RunningCli.Start(_cli, _workspace.Path, command))
        {
            run.WaitWhileRunningUntil(() => File.Exists(Path.Combine(dir, "segments_1")), RunTimeout, "first commit");
            run.Kill();
            run.WaitForExit(RunTimeout);
        }

        var rerun = _cli.Run(_workspace.Path, command);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir));
    }

    [UnixFact]
    public void SearchAndSecondIndex_DuringTheFirstCommit_SayNoIndexYetAndLocked()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var other = GeneratedCorpus.Write(_workspace.In("other/papers.jsonl"), count: 3, prefix: "x");
        var dir = _workspace.In("index");
        CliResult first;
        using (var run = RunningCli.Start(_cli, _workspace.Path, "index", corpus, "--index", dir, "--commit-every", "0.2"))
        {
            run.WaitWhileRunningUntil(() => File.Exists(Path.Combine(dir, "segments_1")), RunTimeout, "first commit");
            run.Signal("STOP");
            try
            {
                var search = _cli.Run(_workspace.Path, "search", "*", "--index", dir, "--format", "json", "-n", "1");
                if (search.ExitCode == 0)
                {
                    IndexInspector.AssertSearchSeesCorpusPrefix(search);
                }
                else
                {
                    TempWorkspace.AssertOneLineError(search, 2, "no index at");
                }
                var second = _cli.Run(_workspace.Path, "index", other, "--index", dir);
                TempWorkspace.AssertOneLineError(second, 2, $"index at {dir} is locked by another process");
            }
            finally
            {
                run.Signal("CONT");
            }
            first = run.WaitForExit(RunTimeout);
        }

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir));
    }
}
