using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Issue 5, section 1: SIGTERM or Ctrl+C (SIGINT) during <c>index</c> stops it at the next record, commits what was
/// read, says so on stderr and exits 130; the index then holds exactly what the message says, and the same command run
/// again carries on. One index, three runs of the same command: stopped by SIGTERM, stopped by SIGINT, then run to the
/// end. Each signal comes half a second after the run starts writing; the commit interval is the default (10 s), so
/// the commit made on stopping is the run's only one.
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed partial class StopSignalTests : IDisposable
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private readonly PublishedCliFixture _cli;
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public StopSignalTests(PublishedCliFixture cli) => _cli = cli;

    public void Dispose() => _workspace.Dispose();

    [UnixFact]
    public void Index_SigtermThenSigint_EachCommitsWhatWasReadSaysSoAndExits130()
    {
        var corpus = GeneratedCorpus.Write(_workspace.In("corpus/papers.jsonl"));
        var dir = _workspace.In("index");
        string[] command = ["index", corpus, "--index", dir];

        var afterTerm = Stop(command, dir, "TERM", committedBefore: 0);
        var afterInt = Stop(command, dir, "INT", committedBefore: afterTerm);
        var rerun = _cli.Run(_workspace.Path, command);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        var rest = N(GeneratedCorpus.Records - afterInt);
        Assert.Matches(
            $@"(?m)^Indexed {rest} papers? from 1 file in [0-9.]+ s: {rest} added, 0 updated, {N(afterInt)} unchanged, 0 skipped\r?$",
            rerun.Error);
        Assert.Equal(GeneratedCorpus.Records, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir, checkIndex: false));
    }

    /// <summary>Runs <paramref name="command"/>, sends SIG<paramref name="signal"/> once it writes, checks the stop; returns the papers then committed.</summary>
    private int Stop(string[] command, string dir, string signal, int committedBefore)
    {
        var before = IndexInspector.Files(dir).Where(f => f.Key.StartsWith('_')).ToHashSet();
        CliResult stopped;
        using (var run = RunningCli.Start(_cli, _workspace.Path, command))
        {
            run.WaitWhileRunningUntil(
                () => !IndexInspector.Files(dir).Where(f => f.Key.StartsWith('_')).ToHashSet().IsSubsetOf(before), RunTimeout, "first write");
            // The first file written means papers are being added, so a stop now has something to commit. Signal at once:
            // the second run indexes its 9,000-odd remaining papers in about half a second, and waiting that long
            // after its first write let it finish before the signal came (seen in CI once indexing got faster).
            Thread.Sleep(TimeSpan.FromMilliseconds(20));
            run.Signal(signal);
            stopped = run.WaitForExit(RunTimeout);
        }

        Assert.True(stopped.ExitCode == 130, $"SIG{signal}: expected exit 130; {stopped}");
        TempWorkspace.AssertNoStackTrace(stopped);
        Assert.Equal("", stopped.Out);
        var said = Assert.Single(stopped.ErrorLines, l => l.StartsWith("Stopped early", StringComparison.Ordinal));
        var match = StoppedLine().Match(said);
        Assert.True(match.Success, $"SIG{signal}: unexpected stop message: {said}");
        Assert.Equal(N(committedBefore), match.Groups["unchanged"].Value);
        var added = int.Parse(match.Groups["added"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        Assert.InRange(added, 1, GeneratedCorpus.Records - committedBefore);
        Assert.Equal(committedBefore + added, IndexInspector.AssertHoldsCorpusPrefix(_cli, _workspace.Path, dir));
        return committedBefore + added;
    }

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Stopped early; committed what was read so far \((?<added>[0-9,]+) added, 0 updated, (?<unchanged>[0-9,]+) unchanged, 0 skipped\)\. Run the same command again to finish: unchanged papers are skipped\.$")]
    private static partial Regex StoppedLine();
}
