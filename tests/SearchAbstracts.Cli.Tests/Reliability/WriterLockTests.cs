using System.Diagnostics;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Issue 5, section 2: one writer per index across processes. A second <c>index</c> while one runs fails at once
/// (exit 2, one line: <c>index at DIR is locked by another process</c>) and changes nothing; the lock of a killed
/// writer is gone with its process.
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed class WriterLockTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Far below any real wait: the first writer is frozen, so a second one that waited for it would never end.</summary>
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(20);

    private readonly PublishedCliFixture _cli;
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public WriterLockTests(PublishedCliFixture cli) => _cli = cli;

    public void Dispose() => _workspace.Dispose();

    /// <summary>
    /// The first writer is frozen (SIGSTOP) once it has committed, so nothing moves in the folder while the second
    /// writers (a plain one, then one with --rebuild, both over other papers) try: the folder's files must be byte for
    /// byte as before, and once the first resumes its run ends exactly as if alone.
    /// </summary>
    [UnixFact]
    public void Index_WhileAnotherIndexRuns_FailsAtOnceWithExitTwoAndChangesNothing()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var other = GeneratedCorpus.Write(_workspace.In("other/papers.jsonl"), count: 3, prefix: "x");
        var dir = _workspace.In("index");

        CliResult first;
        using (var run = RunningCli.Start(_cli, _workspace.Path, "index", corpus, "--index", dir, "--commit-every", "0.2"))
        {
            run.WaitWhileRunningUntil(() => IndexInspector.HasFinishedCommit(dir), RunTimeout, "first commit");
            run.Signal("STOP");
            try
            {
                var before = IndexInspector.Files(dir);
                string[][] variants = [[], ["--rebuild"]];
                foreach (var extra in variants)
                {
                    var clock = Stopwatch.StartNew();
                    var second = _cli.Run(_workspace.Path, ["index", other, "--index", dir, .. extra]);
                    Assert.True(clock.Elapsed < AtOnce, $"the second writer took {clock.Elapsed} to give up");
                    TempWorkspace.AssertOneLineError(second, 2, $"index at {dir} is locked by another process");
                    Assert.Equal("", second.Out);
                }
                Assert.Equal(before, IndexInspector.Files(dir));
            }
            finally
            {
                run.Signal("CONT");
            }
            first = run.WaitForExit(RunTimeout);
        }

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Indexed 20,000 papers from 1 file in ", first.Error, StringComparison.Ordinal);
        Assert.Contains(": 20,000 added, 0 updated, 0 unchanged, 0 skipped", first.Error, StringComparison.Ordinal);
        // Exactly g00001…g20000: none of the second writers' x-papers, and nothing of theirs rebuilt away.
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir, checkIndex: false));
    }

    [Fact]
    public void Index_AfterTheWriterWasKilled_IsNotBlockedByItsLock()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var other = GeneratedCorpus.Write(_workspace.In("other/papers.jsonl"), count: 3, prefix: "x");
        var dir = _workspace.In("index");
        using (var run = RunningCli.Start(_cli, _workspace.Path, "index", corpus, "--index", dir, "--commit-every", "0.2"))
        {
            run.WaitWhileRunningUntil(() => IndexInspector.HasFinishedCommit(dir), RunTimeout, "first commit");
            run.Kill();
            run.WaitForExit(RunTimeout);
        }
        Assert.True(File.Exists(Path.Combine(dir, "searchabstracts-writer.lock")), "the killed writer's lock file stays behind");

        var next = _cli.Run(_workspace.Path, "index", other, "--index", dir);

        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Contains(": 3 added, 0 updated, 0 unchanged, 0 skipped", next.Error, StringComparison.Ordinal);
        IndexInspector.AssertCheckIndexClean(dir);
        var ids = IndexInspector.Ids(dir).Order(StringComparer.Ordinal).ToList();
        var kept = ids.Count(id => id.StartsWith('g'));
        Assert.InRange(kept, 1, GeneratedCorpus.Records);
        Assert.Equal(GeneratedCorpus.Prefix(kept).Concat(GeneratedCorpus.Prefix(3, "x")), ids);
    }
}
