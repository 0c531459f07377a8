using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchAbstracts.Cli.Tests;

/// <summary>
/// Missing, locked, foreign, other-schema and damaged indexes: exit code 2 and one stderr line naming the index,
/// never a stack trace.
/// </summary>
public sealed class ErrorsTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Search_NoIndexAndNoSeeds_FailsWithExitTwoSayingHowToBuildOne()
    {
        using var bare = new TempWorkspace(withSeeds: false);

        var result = bare.Run("search", "quantization");

        TempWorkspace.AssertOneLineError(result, 2, bare.IndexPath, "search-abstracts index");
        Assert.Equal("", result.Out);
        Assert.False(System.IO.Directory.Exists(bare.IndexPath), "a failed search must not leave an index folder behind");
    }

    [Fact]
    public void Search_IndexOptionAtEmptyFolder_FailsWithNoIndexAt()
    {
        System.IO.Directory.CreateDirectory(_workspace.In("empty"));

        var result = _workspace.Run("search", "quantization", "--index", "empty");

        TempWorkspace.AssertOneLineError(result, 2, "no index at", _workspace.In("empty"));
        Assert.Empty(System.IO.Directory.EnumerateFileSystemEntries(_workspace.In("empty")));
        Assert.False(System.IO.Directory.Exists(_workspace.IndexPath), "an explicit --index must not trigger the seeds build");
    }

    [Fact]
    public void Search_IndexOptionAtNewPath_FailsWithoutCreatingIt()
    {
        var result = _workspace.Run("search", "quantization", "--index", "new-index");

        TempWorkspace.AssertOneLineError(result, 2, "no index at", "new-index");
        Assert.False(System.IO.Directory.Exists(_workspace.In("new-index")));
    }

    [Fact]
    public void Search_IndexOptionAtFolderOfOtherFiles_FailsWithExitTwo()
    {
        _workspace.WriteFile("stuff/random.bin", [1, 2, 3, 4]);

        var result = _workspace.Run("search", "quantization", "--index", "stuff");

        TempWorkspace.AssertOneLineError(result, 2, "stuff");
        Assert.True(File.Exists(_workspace.In("stuff/random.bin")));
    }

    [Fact]
    public void Index_IntoFolderOfOtherFiles_FailsWithExitTwoAndLeavesItAlone()
    {
        _workspace.WriteFile("stuff/random.bin", [1, 2, 3, 4]);

        var result = _workspace.Run("index", "seeds", "--index", "stuff");

        TempWorkspace.AssertOneLineError(result, 2, "not a SearchAbstracts index", "random.bin", "--rebuild");
        Assert.Equal(["random.bin"], System.IO.Directory.EnumerateFileSystemEntries(_workspace.In("stuff")).Select(Path.GetFileName));
    }

    [Fact]
    public void Index_WhileAnotherWriterHoldsTheLock_FailsWithExitTwoSayingLocked()
    {
        var dir = _workspace.In("locked");
        CliResult result;
        using (var index = AbstractsIndex.OpenOrCreate(dir))
        using (index.OpenWriter())
        {
            result = _workspace.Run("index", "seeds", "--index", dir);
        }

        TempWorkspace.AssertOneLineError(result, 2, "locked", dir);

        // Once the other writer is gone, the same command works: the failed run left no lock of its own.
        var retry = _workspace.Run("index", "seeds", "--index", dir);
        Assert.True(retry.ExitCode == 0, retry.ToString());
    }

    [Fact]
    public void Search_WhileAnotherWriterHoldsTheLock_StillAnswers()
    {
        _workspace.BuildIndex();
        CliResult result;
        using (var index = AbstractsIndex.OpenOrCreate(_workspace.IndexPath))
        using (index.OpenWriter())
        {
            result = _workspace.Run("search", "quantization");
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(Seed.QuantizationSurvey, result.Out.Replace("**", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("search quantization")]
    [InlineData("stats")]
    [InlineData("index seeds")]
    public void AnyCommand_IndexOfAnotherSchema_FailsWithExitTwoSayingRebuild(string command)
    {
        _workspace.BuildIndex();
        SetSchemaVersion(_workspace.IndexPath, "0");

        var result = _workspace.Run(command.Split(' '));

        TempWorkspace.AssertOneLineError(result, 2, "schema", "--rebuild", _workspace.IndexPath);
    }

    [Fact]
    public void Index_RebuildOverIndexOfAnotherSchema_ReplacesIt()
    {
        _workspace.BuildIndex();
        SetSchemaVersion(_workspace.IndexPath, "0");

        var result = _workspace.Run("index", "seeds", "--rebuild");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Indexed 8 papers from 1 file in \d+\.\d s: 8 added, 0 updated, 0 unchanged, 0 skipped", result.Error);
        var stats = _workspace.Run("stats");
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("Papers: 8", stats.OutLines);
    }

    [Fact]
    public void Search_LuceneIndexSearchAbstractsDidNotWrite_FailsWithExitTwo()
    {
        var dir = _workspace.In("plain-lucene");
        using (var directory = FSDirectory.Open(dir))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            writer.AddDocument(new Document { new StringField("name", "value", Field.Store.YES) });
            writer.Commit();
        }

        var result = _workspace.Run("search", "quantization", "--index", dir);

        TempWorkspace.AssertOneLineError(result, 2, dir, "--rebuild");
    }

    [Theory]
    [InlineData("search", "segments")]
    [InlineData("search", "fdt")]
    [InlineData("stats", "segments")]
    [InlineData("show", "fdt")]
    [InlineData("index", "fdt")]
    public void AnyCommand_DamagedIndex_FailsWithExitTwoSayingDamaged(string command, string damage)
    {
        _workspace.BuildIndex();
        var files = System.IO.Directory.GetFiles(_workspace.IndexPath);
        if (damage == "segments")
        {
            var segments = Assert.Single(files, f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
            File.WriteAllBytes(segments, "this is not a segments file at all"u8.ToArray());
        }
        else
        {
            // The stored fields of every segment: opening the index reads their headers.
            var storedFields = files.Where(f => f.EndsWith(".fdt", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(storedFields);
            storedFields.ForEach(f => File.WriteAllBytes(f, "garbage"u8.ToArray()));
        }
        string[] args = command switch
        {
            "search" => ["search", "quantization"],
            "show" => ["show", Seed.QuantizationSurveyId],
            "index" => ["index", "seeds"],
            _ => [command],
        };

        var result = _workspace.Run(args);

        TempWorkspace.AssertOneLineError(result, 2, "damaged", _workspace.IndexPath, "--rebuild");
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Index_RebuildOverDamagedIndex_RepairsIt()
    {
        _workspace.BuildIndex();
        var storedFields = System.IO.Directory.GetFiles(_workspace.IndexPath, "*.fdt");
        Assert.NotEmpty(storedFields);
        Array.ForEach(storedFields, f => File.WriteAllBytes(f, "garbage"u8.ToArray()));

        var result = _workspace.Run("index", "seeds", "--rebuild");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(0, _workspace.Run("search", "quantization").ExitCode);
    }

    /// <summary>Rewrites the schema version recorded in the index's last commit, as an older or newer release would have.</summary>
    private static void SetSchemaVersion(string indexPath, string version)
    {
        using LuceneDirectory directory = FSDirectory.Open(indexPath);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.KeywordAnalyzer())
        {
            OpenMode = OpenMode.APPEND,
        };
        using var writer = new IndexWriter(directory, config);
        writer.SetCommitData(new Dictionary<string, string> { ["searchabstracts.schema"] = version });
        writer.Commit();
    }
}
