using System.Security.Cryptography;
using Lucene.Net.Store;
using SearchAbstracts.Indexing;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, a read-only index folder, at library level (the CLI, with a folder the process really cannot write, is in
/// <c>SearchAbstracts.Cli.Tests/Reliability/ReadOnlyIndexTests</c>). Tests run as root, which ignores permission bits, so
/// the folder's refusal is played by <see cref="ReadOnlyDirectory"/>. Properties:
/// <list type="number">
/// <item>Searching, showing a paper, counting and refreshing an index write nothing at all.</item>
/// <item>Opening a writer on a folder that refuses writes throws <see cref="IndexUnavailableException"/> with
/// <see cref="IndexProblem.ReadOnly"/>, naming the path, the reason and the fix; so does indexing files. Not a byte of the
/// folder changes, and the index still answers with every paper of its last commit.</item>
/// <item>The exceptions .NET throws for EACCES and EROFS are told apart from "locked", "disk full" and "missing".</item>
/// </list>
/// </summary>
public sealed class ReadOnlyIndexTests : IDisposable
{
    private const int Count = 30;

    private readonly string _path = TempIndex.NewFolder();

    public ReadOnlyIndexTests()
    {
        using var index = AbstractsIndex.OpenOrCreate(_path);
        using var writer = index.OpenWriter();
        Papers().ForEach(p => writer.AddOrReplace(p));
        writer.Commit();
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reading_IndexThatRefusesWrites_AnswersAndWritesNothing(bool readOnlyFileSystem)
    {
        var directory = new ReadOnlyDirectory(_path, new NIOFSDirectory(_path), readOnlyFileSystem);

        using (var index = AbstractsIndex.OverDirectory(_path, directory, create: false))
        {
            AssertAnswers(index);
            Assert.False(index.Refresh());
        }

        Assert.Equal(0, directory.Refused);
    }

    [Theory]
    [InlineData(false, "permission denied")]
    [InlineData(true, "read-only file system")]
    public void OpenWriter_IndexThatRefusesWrites_ThrowsReadOnlyAndKeepsEveryPaper(bool readOnlyFileSystem, string reason)
    {
        var before = Snapshot();
        var directory = new ReadOnlyDirectory(_path, new NIOFSDirectory(_path), readOnlyFileSystem);

        using (var index = AbstractsIndex.OverDirectory(_path, directory, create: false))
        {
            var writing = Assert.Throws<IndexUnavailableException>(() => index.OpenWriter());
            var indexing = Assert.Throws<IndexUnavailableException>(() => index.AddFiles([TestPaths.Seeds]));

            foreach (var error in new[] { writing, indexing })
            {
                Assert.Equal(IndexProblem.ReadOnly, error.Problem);
                Assert.Equal(_path, error.IndexPath);
                Assert.Equal($"index at {_path} is read-only ({reason}); nothing was changed", error.Message);
                Assert.Equal("make the folder writable or index into another folder with --index DIR", error.Fix);
            }
            // The instance that failed to write still answers, and a later writer is not blocked by a lock left behind.
            AssertAnswers(index);
        }

        Assert.True(directory.Refused > 0, "no write was attempted: the test proves nothing");
        Assert.Equal(before, Snapshot());
        using (var reopened = AbstractsIndex.Open(_path))
        {
            AssertAnswers(reopened);
        }
        using (var writable = AbstractsIndex.OpenOrCreate(_path))
        using (var writer = writable.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("paper-new", "A new paper", "Written once the folder is writable again."));
            writer.Commit();
        }
    }

    [Fact]
    public void OpenOrCreate_RebuildOfIndexThatRefusesWrites_ThrowsReadOnlyOnFirstWrite()
    {
        var before = Snapshot();
        var directory = new ReadOnlyDirectory(_path, new NIOFSDirectory(_path), readOnlyFileSystem: false);

        using (var index = AbstractsIndex.OverDirectory(_path, directory, create: true))
        {
            Assert.Equal(IndexProblem.ReadOnly, Assert.Throws<IndexUnavailableException>(() => index.AddFiles([TestPaths.Seeds])).Problem);
        }

        Assert.Equal(before, Snapshot());
    }

    public static TheoryData<Exception, string?> Refusals => new()
    {
        // What .NET throws on Linux (checked with Lucene.Net and FileStream in a folder without write permission and on a
        // read-only bind mount).
        { new UnauthorizedAccessException("Access to the path '/i/write.lock' is denied.", new IOException("Permission denied", 13)), "permission denied" },
        { new IOException("Read-only file system : '/i/searchabstracts-writer.lock'", 30), "read-only file system" },
        { new LockObtainFailedException("Lock obtain timed out", new UnauthorizedAccessException("denied")), "permission denied" },
        { new LockObtainFailedException("Lock obtain timed out", new IOException("Read-only file system", 30)), "read-only file system" },
        { new IOException("Operation not permitted", 1), "permission denied" },
        // Not refusals: another process's flock (EWOULDBLOCK 11), a full disk (ENOSPC 28), a missing file, a plain lock timeout.
        { new IOException("The process cannot access the file because it is being used by another process.", 11), null },
        { new IOException("No space left on device", 28), null },
        { new FileNotFoundException("gone"), null },
        { new LockObtainFailedException("Lock obtain timed out"), null },
    };

    [UnixTheory]
    [MemberData(nameof(Refusals))]
    public void WriteRefusal_ExceptionsOfTheSystem_AreToldApart(Exception exception, string? reason)
    {
        Assert.Equal(reason, IndexErrors.WriteRefusal(exception));
    }

    private static void AssertAnswers(AbstractsIndex index)
    {
        var all = index.Search(new SearchRequest { Query = "*", Limit = 100 });
        Assert.Equal(Count, all.Total);
        Assert.Equal("Quantization kernels number 7", index.Get("paper-7")?.Title);
        Assert.Equal(Count, index.GetStats().Papers);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "\"kernels number 12\"" }).Total);
    }

    /// <summary>Every file of the folder with a hash of its bytes.</summary>
    private SortedDictionary<string, string> Snapshot() => new(
        System.IO.Directory.EnumerateFiles(_path).ToDictionary(
            f => Path.GetFileName(f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static List<Paper> Papers() => Enumerable.Range(0, Count)
        .Select(i => TestPapers.Make($"paper-{i}", $"Quantization kernels number {i}", $"Sparse attention kernels for model {i}."))
        .ToList();
}
