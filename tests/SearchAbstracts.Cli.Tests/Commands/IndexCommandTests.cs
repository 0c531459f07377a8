using System.Text;

namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>index [PATH...] [--index DIR] [--rebuild]</c>: the summary, replacing by id, and bad input files.</summary>
public sealed class IndexCommandTests : IDisposable
{
    private const string Summary = @"^Indexed (\d+) papers? from (\d+) files? in \d+\.\d s: (\d+) added, (\d+) updated, (\d+) unchanged, (\d+) skipped$";

    /// <summary>Three records; the middle one has no citation line, so it is skipped with an error at its line.</summary>
    private const string OneBadRecord = """
        Open Access Issue
        Widgets for Everyone
        Big Data Mining and Analytics 2024, 7(1): 1-10
        Published: 01 January 2024
        Abstract PDF (1.0 MB) Collect
        Downloads:10

        Widgets are small devices studied in this paper.

        Issue
        Gadgets Without a Citation
        Published: 02 January 2024
        Abstract Collect

        Gadgets are not widgets.

        Issue
        Sprockets in Practice
        Journal of Computer Science and Technology 2023, 38(2): 20-30
        Published: 03 March 2023
        Abstract Collect

        Sprockets turn slowly.

        """;

    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Index_Seeds_ReportsOneSummaryLineOnStderr()
    {
        var result = _workspace.Run("index", "seeds");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Out);
        var line = Assert.Single(result.ErrorLines);
        Assert.Matches(@"^Indexed 8 papers from 1 file in \d+\.\d s: 8 added, 0 updated, 0 unchanged, 0 skipped$", line);
        Assert.Equal(Seed.Papers, Papers());
    }

    [Fact]
    public void Index_NoPaths_ReadsTheSeedsFolderIntoTheDefaultIndex()
    {
        var result = _workspace.Run("index");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"Indexed 8 papers from 1 file in \d+\.\d s: 8 added, 0 updated, 0 unchanged, 0 skipped", result.Error);
        Assert.True(Directory.Exists(_workspace.IndexPath));
    }

    [Fact]
    public void Index_SameFileTwice_LeavesEveryPaperUnchanged()
    {
        _workspace.BuildIndex();

        var again = _workspace.Run("index", "seeds");

        Assert.Equal(0, again.ExitCode);
        Assert.Matches(@"Indexed 0 papers from 1 file in \d+\.\d s: 0 added, 0 updated, 8 unchanged, 0 skipped", again.Error);
        Assert.Equal(Seed.Papers, Papers());
        using var all = _workspace.Run("search", "*", "-n", "100", "--format", "json").Json();
        var ids = all.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ToList();
        Assert.Equal(Seed.Papers, ids.Distinct().Count());
        Assert.Equal(Seed.Papers, ids.Count);
    }

    [Fact]
    public void Index_AnotherFile_AddsToTheExistingIndex()
    {
        _workspace.BuildIndex();
        _workspace.WriteFile("more/three.txt", OneBadRecord);

        var result = _workspace.Run("index", "more");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"Indexed 2 papers from 1 file in \d+\.\d s: 2 added, 0 updated, 0 unchanged, 1 skipped", result.Error);
        Assert.Equal(Seed.Papers + 2, Papers());
    }

    [Fact]
    public void Index_Rebuild_StartsFromAnEmptyIndex()
    {
        _workspace.WriteFile("more/three.txt", OneBadRecord);
        Assert.Equal(1, _workspace.Run("index", "more").ExitCode);
        Assert.Equal(2, Papers());

        var result = _workspace.Run("index", "seeds", "--rebuild");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"8 added, 0 updated, 0 unchanged", result.Error);
        Assert.Equal(Seed.Papers, Papers());
        var widgets = _workspace.Run("search", "widgets");
        Assert.Contains("No papers match", widgets.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_IndexOption_WritesThere()
    {
        var result = _workspace.Run("index", "seeds", "--index", "custom/idx");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Directory.Exists(_workspace.In("custom/idx")));
        Assert.False(Directory.Exists(_workspace.IndexPath));
        Assert.Equal(Seed.Papers, Papers("custom/idx"));
    }

    [Fact]
    public void Index_MissingPath_FailsWithExitOneNamingIt()
    {
        var result = _workspace.Run("index", "nope/");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"nope/?: error: no such file or folder"));
        Assert.Matches(@"Indexed 0 papers from 0 files", result.Error);
        TempWorkspace.AssertNoStackTrace(result);
    }

    /// <summary>
    /// A mistyped path on first use must not leave an empty index at the default location: it would stop every
    /// later search from building the index from seeds/, and searches would then quietly find nothing.
    /// </summary>
    [Fact]
    public void Index_OnlyMissingPaths_LeavesNoEmptyIndexBehind()
    {
        var result = _workspace.Run("index", "typo/");

        Assert.Equal(1, result.ExitCode);
        Assert.False(AbstractsIndex.Exists(_workspace.IndexPath), "index typo/ created an empty index at the default location");
        var search = _workspace.Run("search", "quantization");
        Assert.Equal(0, search.ExitCode);
        Assert.Contains("building it from seeds/ first", search.Error, StringComparison.Ordinal);
        Assert.Contains("1 paper matches", search.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_MissingPathAmongGoodOnes_StillIndexesTheGoodOnes()
    {
        var result = _workspace.Run("index", "nope", "seeds");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope: error: no such file or folder", result.Error, StringComparison.Ordinal);
        Assert.Equal(Seed.Papers, Papers());
    }

    [Fact]
    public void Index_FolderWithoutListingFiles_FailsWithExitOne()
    {
        _workspace.WriteFile("notes/readme.md", "# not a listing\n");

        var result = _workspace.Run("index", "notes");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("notes: error: folder has no paper files", StringComparison.Ordinal));
        TempWorkspace.AssertNoStackTrace(result);
    }

    [Fact]
    public void Index_BinaryFile_FailsWithExitTwoButIndexesTheOthers()
    {
        _workspace.WriteFile("input/a.txt", TempWorkspace.SeedText());
        _workspace.WriteFile("input/b.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01, 0x02, 0xFF, 0x00]);

        var result = _workspace.Run("index", "input");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains("b.txt", error, StringComparison.Ordinal);
        Assert.Contains("NUL", error, StringComparison.Ordinal);
        Assert.Matches(@"Indexed 8 papers from 2 files", result.Error);
        TempWorkspace.AssertNoStackTrace(result);
        Assert.Equal(Seed.Papers, Papers());
    }

    [Theory]
    [InlineData("latin1", "0xE9")]
    [InlineData("utf16", "UTF-16")]
    public void Index_FileNotInUtf8_FailsWithExitTwoSayingWhy(string encoding, string detail)
    {
        const string Listing = "Issue\nCaf\u00e9 Culture\nBig Data Mining and Analytics 2024, 7(1): 1-10\n\nAbstract.\n";
        var bytes = encoding == "latin1" ? Encoding.Latin1.GetBytes(Listing) : [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Listing)];
        _workspace.WriteFile("listing.txt", bytes);

        var result = _workspace.Run("index", "listing.txt");

        Assert.Equal(2, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains("listing.txt", error, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error, StringComparison.Ordinal);
        Assert.Contains(detail, error, StringComparison.Ordinal);
        TempWorkspace.AssertNoStackTrace(result);
    }

    [Fact]
    public void Index_EmptyFile_FailsWithExitOne()
    {
        _workspace.WriteFile("empty.txt", []);

        var result = _workspace.Run("index", "empty.txt");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains("empty.txt", error, StringComparison.Ordinal);
        Assert.Contains("contains no records", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_OneBadRecordAmongGoodOnes_FailsWithExitOneAndIndexesTheGoodOnes()
    {
        _workspace.WriteFile("three.txt", OneBadRecord);

        var result = _workspace.Run("index", "three.txt");

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Matches(@"three\.txt:12: error: .*Gadgets Without a Citation.*no citation line", error);
        var summary = System.Text.RegularExpressions.Regex.Match(result.ErrorLines[^1], Summary);
        Assert.True(summary.Success, result.ToString());
        Assert.Equal(["2", "1", "2", "0", "0", "1"], summary.Groups.Values.Skip(1).Select(g => g.Value));
        TempWorkspace.AssertNoStackTrace(result);
        Assert.Equal(2, Papers());
    }

    private int Papers(string index = "index")
    {
        var result = _workspace.Run("stats", "--index", index, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        return json.RootElement.GetProperty("papers").GetInt32();
    }
}
