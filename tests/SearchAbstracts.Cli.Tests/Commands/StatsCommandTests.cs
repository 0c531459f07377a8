using System.Text.RegularExpressions;

namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>stats</c>: papers, counts by venue and year, size on disk.</summary>
public sealed class StatsCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Stats_Seed_PrintsPapersSizeVenuesAndYears()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("stats");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.Error);
        Assert.Contains($"Index:  {_workspace.IndexPath}", result.OutLines);
        Assert.Contains("Papers: 8", result.OutLines);
        Assert.Contains(result.OutLines, l => Regex.IsMatch(l, @"^Size:   \d+(\.\d)? (B|KB|MB) \([1-9]\d* bytes\)$"));
        Assert.Equal(Seed.VenueCounts, SearchCommandTests.VenueSection(result.Out));
        var years = result.Out[result.Out.IndexOf("Years", StringComparison.Ordinal)..];
        Assert.Matches(@"^Years\s+3  2026\s+2  2025\s+1  2023\s+1  2022\s+1  2021\s*$", years);
    }

    [Fact]
    public void Stats_AfterIndexingTheSameFileTwice_CountsEachPaperOnce()
    {
        _workspace.BuildIndex();
        _workspace.BuildIndex();

        using var json = _workspace.Run("stats", "--format", "json").Json();

        Assert.Equal(Seed.Papers, json.RootElement.GetProperty("papers").GetInt32());
        Assert.Equal(Seed.VenueCounts,
            json.RootElement.GetProperty("venues").EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())));
    }

    [Fact]
    public void Stats_IndexOption_ReadsThatIndex()
    {
        _workspace.BuildIndex("--index", "other");

        var result = _workspace.Run("stats", "--index", "other");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Papers: 8", result.OutLines);
        Assert.False(Directory.Exists(_workspace.IndexPath), "stats --index must not build the default index");
    }

    [Fact]
    public void Stats_NoIndexYet_BuildsFromSeedsFirst()
    {
        var result = _workspace.Run("stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("building it from seeds/ first", result.Error, StringComparison.Ordinal);
        Assert.Contains("Papers: 8", result.OutLines);
    }

    [Fact]
    public void StatsAcronyms_Seed_ListsLearnedDefinitionsWithCounts()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("stats", "--acronyms");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("2  LLM        large language models", result.OutLines[0]);
        Assert.Contains("1  MoE        mixture-of-experts", result.OutLines);
        Assert.Contains("1  SNN        spiking neural networks", result.OutLines);
        Assert.Equal("13 acronym definitions", result.OutLines[^1]);
    }

    [Fact]
    public void StatsAcronyms_Json_HasAcronymLongFormAndPapers()
    {
        _workspace.BuildIndex();

        var json = _workspace.Run("stats", "--acronyms", "--format", "json").Json().RootElement.GetProperty("acronyms");

        var first = json[0];
        Assert.Equal(("LLM", "large language models", 2),
            (first.GetProperty("acronym").GetString(), first.GetProperty("longForm").GetString(), first.GetProperty("papers").GetInt32()));
    }
}
