using Lucene.Net.Store;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 3 (damaged and foreign indexes), at library level; the CLI's exit codes and messages for a
/// garbage <c>segments_N</c> or <c>.fdt</c> are in <c>SearchAbstracts.Cli.Tests/ErrorsTests</c>.
/// <list type="number">
/// <item>A segment file cut in half (<c>.tim</c>, <c>.doc</c>) or deleted (<c>.fdx</c>, <c>.si</c>): <see cref="AbstractsIndex.Open"/>
/// throws <see cref="IndexUnavailableException"/> (<see cref="IndexProblem.Corrupt"/>) naming the path, with a fix that says <c>--rebuild</c>.</item>
/// <item>A disk that fills up during a commit: the commit fails with an exception, and the index still opens with exactly
/// the papers of the last commit that succeeded, and can be written again.</item>
/// </list>
/// </summary>
public sealed class DamagedIndexTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _path = TempIndex.NewFolder();

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
    [InlineData("*.tim", "cut")]
    [InlineData("*.doc", "cut")]
    [InlineData("*.fdx", "delete")]
    [InlineData("*.si", "delete")]
    public void Open_DamagedSegmentFile_ThrowsCorruptNamingThePathAndRebuild(string pattern, string damage)
    {
        Build(_path, Papers(0, 30));
        var files = System.IO.Directory.GetFiles(_path, pattern);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            if (damage == "cut")
            {
                var bytes = File.ReadAllBytes(file);
                File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
            }
            else
            {
                File.Delete(file);
            }
        }

        var error = Assert.Throws<IndexUnavailableException>(() =>
        {
            // Opening must notice; should it not, a search must still fail only with this exception.
            using var index = AbstractsIndex.Open(_path);
            index.Search(new SearchRequest { Query = "quantization kernels" });
            index.Get("paper-1");
        });

        Assert.Equal(IndexProblem.Corrupt, error.Problem);
        Assert.Equal(_path, error.IndexPath);
        Assert.Contains(_path, error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Contains("--rebuild", error.Fix, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        output.WriteLine($"{pattern} {damage}: {error.Message}; {error.Fix}");
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(100, null)]
    [InlineData(5_000, null)]
    [InlineData(40_000, null)]
    [InlineData(55_000, null)]
    [InlineData(long.MaxValue, "segments_")]
    public void Commit_DiskFullDuringTheCommit_FailsAndKeepsTheLastCommit(long bytesLeft, string? failingFile)
    {
        var first = Papers(0, 40);
        var disk = new FullDiskDirectory(_path, new NIOFSDirectory(_path));
        Exception? error;
        using (var index = AbstractsIndex.OverDirectory(_path, disk, create: true))
        {
            using (var writer = index.OpenWriter())
            {
                first.ForEach(p => writer.AddOrReplace(p));
                writer.Commit();
            }
            disk.FailAfter(bytesLeft);
            if (failingFile is not null)
            {
                disk.FailWriting(failingFile);
            }

            error = Record.Exception(() =>
            {
                using var writer = index.OpenWriter();
                Papers(40, 400).ForEach(p => writer.AddOrReplace(p));
                writer.Commit();
            });

            // The instance that failed still answers from the last commit.
            Assert.Equal(first.Count, index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
        }

        Assert.IsType<IOException>(error);
        Assert.StartsWith(FullDiskDirectory.Message, error.Message, StringComparison.Ordinal);
        Assert.True(disk.Refused > 0, "the disk never ran out: the test wrote less than it thought");
        output.WriteLine($"{bytesLeft} bytes left, failing {failingFile ?? "any file"}: {error.GetType().FullName}: {error.Message}"
            + (error.InnerException is { } inner ? $" (inner {inner.GetType().FullName}: {inner.Message})" : ""));
        using (var reopened = AbstractsIndex.Open(_path))
        {
            var ids = reopened.Search(new SearchRequest { Query = "*", Limit = 1000 }).Hits.Select(h => h.Paper.Id);
            Assert.Equal(first.Select(p => p.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
            Assert.All(first, p => Assert.Null(ReadResultChecks.Difference(p, reopened.Get(p.Id)!)));
        }
        // Space freed: the same folder takes the rest (no lock or half-written file stands in the way).
        using (var again = AbstractsIndex.OpenOrCreate(_path))
        {
            using (var writer = again.OpenWriter())
            {
                Papers(40, 60).ForEach(p => writer.AddOrReplace(p));
                writer.Commit();
            }
            Assert.Equal(60, again.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
        }
    }

    [Fact]
    public void AddFiles_DiskFullWhileIndexingFiles_FailsAndKeepsTheLastCommit()
    {
        var first = Papers(0, 10);
        var disk = new FullDiskDirectory(_path, new NIOFSDirectory(_path));
        Exception? error;
        using (var index = AbstractsIndex.OverDirectory(_path, disk, create: true))
        {
            using (var writer = index.OpenWriter())
            {
                first.ForEach(p => writer.AddOrReplace(p));
                writer.Commit();
            }
            disk.FailAfter(1_000);

            // The path the CLI's index command takes: readers, the indexing pipeline, commit.
            error = Record.Exception(() => index.AddFiles([TestPaths.Seeds]));
        }

        Assert.NotNull(error);
        output.WriteLine($"AddFiles: {error.GetType().FullName}: {error.Message}"
            + (error.InnerException is { } inner ? $" (inner {inner.GetType().FullName}: {inner.Message})" : ""));
        Assert.IsType<IOException>(error);
        using var reopened = AbstractsIndex.Open(_path);
        Assert.Equal(first.Count, reopened.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
    }

    private static void Build(string path, List<Paper> papers)
    {
        using var index = AbstractsIndex.OpenOrCreate(path);
        using var writer = index.OpenWriter();
        papers.ForEach(p => writer.AddOrReplace(p));
        writer.Commit();
    }

    /// <summary>Papers <paramref name="from"/> to <paramref name="to"/> (exclusive), with abstracts long enough to fill segment files.</summary>
    private static List<Paper> Papers(int from, int to) => Enumerable.Range(from, to - from)
        .Select(i => TestPapers.Make($"paper-{i}", $"Quantization kernels number {i}",
            string.Join(' ', Enumerable.Repeat($"Sparse attention kernels and pipeline parallelism for model {i}.", 8)),
            venue: $"Venue {i % 3}", year: 2020 + (i % 6)))
        .ToList();
}
