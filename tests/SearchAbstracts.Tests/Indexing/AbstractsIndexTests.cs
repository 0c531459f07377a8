using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Indexing;

public sealed class AbstractsIndexTests
{
    [Fact]
    public void AddFiles_SameFileTwice_LeavesEveryPaperUnchangedAndCommitsNothing()
    {
        using var temp = TempIndex.FromSeeds();
        var generation = Generation(temp.Path);

        var second = temp.Index.AddFiles([TestPaths.Seeds]);

        Assert.Equal((0, 0, 8), (second.Added, second.Updated, second.Unchanged));
        Assert.False(second.Committed);
        Assert.Equal(generation, Generation(temp.Path));
        Assert.Equal(8, temp.Index.GetStats().Papers);
    }

    private static long Generation(string path)
    {
        using var dir = FSDirectory.Open(path);
        return SegmentInfos.GetLastCommitGeneration(dir);
    }

    [Fact]
    public void AddOrReplace_ChangedRecord_ReplacesTheStoredFields()
    {
        using var temp = TempIndex.With(TestPapers.Make("p1", "Old title", "Old abstract."));
        using (var writer = temp.Index.OpenWriter())
        {
            Assert.True(writer.AddOrReplace(TestPapers.Make("p1", "New title", "New abstract.")));
            writer.Commit();
        }

        Assert.Equal("New title", temp.Index.Get("p1")!.Title);
        Assert.Equal(0, temp.Index.Search(new SearchRequest { Query = "old" }).Total);
    }

    [Fact]
    public void OpenOrCreate_Rebuild_StartsFromAnEmptyIndex()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.Dispose();

        using (var rebuilt = AbstractsIndex.OpenOrCreate(temp.Path, rebuild: true))
        using (var writer = rebuilt.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("only", "Only paper", "Alone."));
            writer.Commit();
        }

        using var reopened = AbstractsIndex.Open(temp.Path);
        Assert.Equal(1, reopened.GetStats().Papers);
    }

    [Fact]
    public void Writer_DisposedWithoutCommit_DiscardsItsPapers()
    {
        using var temp = TempIndex.Empty();
        using (var writer = temp.Index.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("p1", "Lost", "Never committed."));
        }

        Assert.Equal(0, temp.Index.GetStats().Papers);
    }

    [Fact]
    public void OpenOrCreate_NothingCommitted_LeavesNoIndexAndSearchesAsEmpty()
    {
        using var temp = TempIndex.Empty();

        Assert.Equal(0, temp.Index.Search(new SearchRequest { Query = "*" }).Total);
        Assert.False(AbstractsIndex.Exists(temp.Path));
    }

    [Fact]
    public void Get_KnownAndUnknownIds_ReturnsThePaperOrNull()
    {
        using var temp = TempIndex.FromSeeds();

        var paper = temp.Index.Get("big-data-mining-and-analytics-2021-4-3-208");

        Assert.Equal("AIPerf: Automated Machine Learning as an AI-HPC Benchmark", paper!.Title);
        Assert.Equal(233, paper.Downloads);
        Assert.Null(temp.Index.Get("no-such-id"));
    }

    [Fact]
    public void GetStats_Seed_CountsPapersVenuesYearsAndSize()
    {
        using var temp = TempIndex.FromSeeds();

        var stats = temp.Index.GetStats();

        Assert.Equal(8, stats.Papers);
        Assert.Equal(3, stats.Venues[0].Count);
        Assert.Equal([("2026", 3), ("2025", 2), ("2023", 1), ("2022", 1), ("2021", 1)], stats.Years.Select(y => (y.Value, y.Count)));
        Assert.True(stats.SizeBytes > 1000);
    }

    [Fact]
    public void Open_MissingFolder_ThrowsMissingNamingThePath()
    {
        var path = TempIndex.NewFolder();

        var error = Assert.Throws<IndexUnavailableException>(() => AbstractsIndex.Open(path));

        Assert.Equal(IndexProblem.Missing, error.Problem);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("search-abstracts index", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenWriter_WhileAnotherWriterHoldsTheLock_ThrowsLocked()
    {
        using var temp = TempIndex.With(TestPapers.Make("p1", "Title", "Abstract."));
        using var first = temp.Index.OpenWriter();
        using var second = AbstractsIndex.Open(temp.Path);

        var error = Assert.Throws<IndexUnavailableException>(second.OpenWriter);

        Assert.Equal(IndexProblem.Locked, error.Problem);
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_IndexOfAnotherSchema_ThrowsWrongSchemaWithTheRebuildFix()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.Dispose();
        OverwriteCommitData(temp.Path, new Dictionary<string, string> { ["searchabstracts.schema"] = "0" });

        var error = Assert.Throws<IndexUnavailableException>(() => AbstractsIndex.Open(temp.Path));

        Assert.Equal(IndexProblem.WrongSchema, error.Problem);
        Assert.Contains("--rebuild", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_LuceneIndexWithoutSchema_ThrowsNotAnIndex()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.Dispose();
        OverwriteCommitData(temp.Path, new Dictionary<string, string>());

        var error = Assert.Throws<IndexUnavailableException>(() => AbstractsIndex.Open(temp.Path));

        Assert.Equal(IndexProblem.NotAnIndex, error.Problem);
    }

    [Fact]
    public void OpenOrCreate_FolderWithOtherFiles_RefusesToWriteThere()
    {
        var path = TempIndex.NewFolder();
        System.IO.Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "notes.txt"), "mine");
        try
        {
            var error = Assert.Throws<IndexUnavailableException>(() => AbstractsIndex.OpenOrCreate(path));

            Assert.Equal(IndexProblem.NotAnIndex, error.Problem);
            Assert.Contains("notes.txt", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.Directory.Delete(path, true);
        }
    }

    [Fact]
    public void Open_DamagedIndexFiles_ThrowsCorrupt()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.Dispose();
        foreach (var file in System.IO.Directory.GetFiles(temp.Path, "segments_*"))
        {
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);
        }

        var error = Assert.Throws<IndexUnavailableException>(() => AbstractsIndex.Open(temp.Path));

        Assert.Equal(IndexProblem.Corrupt, error.Problem);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    private static void OverwriteCommitData(string path, Dictionary<string, string> data)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, null));
        writer.SetCommitData(data);
        writer.Commit();
    }
}
