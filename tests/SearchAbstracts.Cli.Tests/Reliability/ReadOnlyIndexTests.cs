using System.Security.Cryptography;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Issue 5, a read-only index folder, with the published binary and a folder it really cannot write (see
/// <see cref="WriteBarrier"/>: no write permission, or a read-only mount). Properties:
/// <list type="number">
/// <item><c>search</c>, <c>show</c> and <c>stats</c> answer as usual and change nothing in the folder, not even a lock file.</item>
/// <item><c>index</c> into it (adding, re-indexing or <c>--rebuild</c>; with or without the writer's lock file present) fails
/// at once with one line, <c>index at PATH is read-only (REASON); nothing was changed; make the folder writable or index
/// into another folder with --index DIR</c>, and exit 2; the folder is unchanged and the index still answers.</item>
/// <item><c>index</c> into a new folder under a read-only one fails the same way, naming the read-only folder.</item>
/// </list>
/// The library-level tests of the same (a Lucene directory that refuses writes) are in
/// <c>SearchAbstracts.Tests/Reliability/ReadOnlyIndexTests</c>.
/// </summary>
[Collection(PublishedCliCollection.Name)]
public sealed class ReadOnlyIndexTests : IDisposable
{
    private const string LockFile = "searchabstracts-writer.lock";

    private readonly PublishedCliFixture _cli;
    private readonly TempWorkspace _workspace = new();

    public ReadOnlyIndexTests(PublishedCliFixture cli) => _cli = cli;

    public void Dispose() => _workspace.Dispose();

    [WriteBarrierFact(WriteBarrierKind.PermissionDenied)]
    public void ReadCommands_IndexFolderWithoutWritePermission_AnswerAndChangeNothing() =>
        ReadCommands_AnswerAndChangeNothing(WriteBarrier.PermissionDenied);

    [WriteBarrierFact(WriteBarrierKind.ReadOnlyMount)]
    public void ReadCommands_IndexOnReadOnlyFileSystem_AnswerAndChangeNothing() =>
        ReadCommands_AnswerAndChangeNothing(WriteBarrier.ReadOnlyMount);

    [WriteBarrierFact(WriteBarrierKind.PermissionDenied)]
    public void Index_IntoIndexFolderWithoutWritePermission_FailsAtOnceAndKeepsTheIndex() =>
        Index_FailsAtOnceAndKeepsTheIndex(WriteBarrier.PermissionDenied);

    /// <summary>On a read-only file system, opening the existing lock file fails with EROFS; this was reported as "locked by another process".</summary>
    [WriteBarrierFact(WriteBarrierKind.ReadOnlyMount)]
    public void Index_IntoIndexOnReadOnlyFileSystem_FailsAtOnceSayingReadOnlyNotLocked() =>
        Index_FailsAtOnceAndKeepsTheIndex(WriteBarrier.ReadOnlyMount);

    [WriteBarrierFact(WriteBarrierKind.PermissionDenied)]
    public void Index_NewFolderInFolderWithoutWritePermission_FailsNamingThatFolder() =>
        Index_NewFolder_Fails(WriteBarrier.PermissionDenied);

    [WriteBarrierFact(WriteBarrierKind.ReadOnlyMount)]
    public void Index_NewFolderOnReadOnlyFileSystem_FailsNamingThatFolder() =>
        Index_NewFolder_Fails(WriteBarrier.ReadOnlyMount);

    private void ReadCommands_AnswerAndChangeNothing(WriteBarrier barrier)
    {
        var dir = BuildIndex();
        // Reading must not need the writer's lock file: without it, creating one would be the first write.
        File.Delete(Path.Combine(dir, LockFile));
        var before = Snapshot(dir);

        var search = barrier.Run(_cli, _workspace.Path, dir, "search", "quantization", "--index", dir, "--format", "json");
        var show = barrier.Run(_cli, _workspace.Path, dir, "show", Seed.QuantizationSurveyId, "--index", dir);
        var stats = barrier.Run(_cli, _workspace.Path, dir, "stats", "--index", dir, "--format", "json");

        foreach (var result in new[] { search, show, stats })
        {
            Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
        }
        using (var json = search.Json())
        {
            Assert.Equal(Seed.QuantizationSurvey, json.RootElement.GetProperty("hits")[0].GetProperty("title").GetString());
        }
        Assert.Contains(Seed.QuantizationSurvey, show.Out, StringComparison.Ordinal);
        Assert.Equal(Seed.Papers, Papers(stats));
        Assert.Equal(before, Snapshot(dir));
    }

    private void Index_FailsAtOnceAndKeepsTheIndex(WriteBarrier barrier)
    {
        var dir = BuildIndex();
        // A run that would change something: a paper the index does not hold yet.
        var more = _workspace.WriteFile("more.jsonl", "{\"_id\": \"ro-1\", \"title\": \"Read-only folders\", \"text\": \"A paper to add.\"}\n");
        string[][] runs =
        [
            ["index", more, "--index", dir],
            ["index", "seeds", "--index", dir],
            ["index", "seeds", more, "--index", dir, "--rebuild"],
        ];
        foreach (var withLockFile in new[] { true, false })
        {
            if (!withLockFile)
            {
                File.Delete(Path.Combine(dir, LockFile));
            }
            var before = Snapshot(dir);
            foreach (var args in runs)
            {
                var result = barrier.Run(_cli, _workspace.Path, dir, args);

                // One line and nothing else: no progress or summary, so no input was read before the refusal.
                TempWorkspace.AssertOneLineError(result, 2,
                    $"index at {dir} is read-only ({barrier.Reason}); nothing was changed; "
                    + "make the folder writable or index into another folder with --index DIR");
                Assert.Equal(before, Snapshot(dir));
            }
        }

        var stats = barrier.Run(_cli, _workspace.Path, dir, "stats", "--index", dir, "--format", "json");
        Assert.Equal(Seed.Papers, Papers(stats));
        var search = barrier.Run(_cli, _workspace.Path, dir, "search", "read-only folders", "--index", dir);
        Assert.True(search.ExitCode == 0, search.ToString());
        Assert.DoesNotContain("Read-only folders", search.Out, StringComparison.Ordinal);
        // Writable again, the same command goes through: the refusal left nothing behind that blocks a writer.
        var again = _cli.Run(_workspace.Path, "index", more, "--index", dir);
        Assert.True(again.ExitCode == 0, again.ToString());
    }

    private void Index_NewFolder_Fails(WriteBarrier barrier)
    {
        var parent = _workspace.In("read-only-parent");
        Directory.CreateDirectory(parent);
        var dir = Path.Combine(parent, "index");

        var result = barrier.Run(_cli, _workspace.Path, parent, "index", "seeds", "--index", dir);

        TempWorkspace.AssertOneLineError(result, 2,
            $"cannot create the index folder {dir}: {parent} is read-only ({barrier.Reason}); nothing was changed; "
            + "make that folder writable or index into another folder with --index DIR");
        Assert.Empty(Directory.EnumerateFileSystemEntries(parent));
    }

    private string BuildIndex()
    {
        var dir = _workspace.In("ro-index");
        var built = _cli.Run(_workspace.Path, "index", "seeds", "--index", dir);
        Assert.True(built.ExitCode == 0, built.ToString());
        return dir;
    }

    private static int Papers(CliResult stats)
    {
        Assert.True(stats.ExitCode == 0, stats.ToString());
        using var json = stats.Json();
        return json.RootElement.GetProperty("papers").GetInt32();
    }

    /// <summary>Every file of the folder with a hash of its bytes.</summary>
    private static SortedDictionary<string, string> Snapshot(string dir) => new(
        Directory.EnumerateFiles(dir).ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
