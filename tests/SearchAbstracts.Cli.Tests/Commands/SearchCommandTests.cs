using System.Text.Json;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>search</c> over the seed listing, in-process, each test in its own temp workspace.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private const string Ansi = "\u001b";
    private const string AnsiHighlightOpen = "\u001b[1;33m";
    private readonly TempWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Search_Quantization_RanksQuantizationSurveyFirstWithPlainHighlights()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Seed.QuantizationSurvey, Strip(FirstHitLine(result)));
        Assert.Contains("A Survey of **Quantization** in LLM", FirstHitLine(result), StringComparison.Ordinal);
        Assert.Contains("**quantization**", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Ansi, result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Search_ColorAlways_HighlightsWithAnsiBoldYellow()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", "--color", "always");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{AnsiHighlightOpen}quantization\u001b[22;39m", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("**quantization**", result.Out, StringComparison.Ordinal);
    }

    /// <summary>
    /// Titles are bold on a terminal; a highlighted word inside one must only change colour, since a full SGR reset
    /// (ESC[0m) would also end the bold and print the rest of the title in normal weight (a bug this test caught).
    /// </summary>
    [Fact]
    public void Search_ColorAlways_KeepsTheTitleBoldAfterAHighlightedWord()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", "--color", "always");

        Assert.Equal(0, result.ExitCode);
        var title = result.OutLines.First(l => l.StartsWith(" 1. ", StringComparison.Ordinal));
        Assert.True(IsBoldAt(title, title.IndexOf("Quantization", StringComparison.Ordinal)), "the highlighted word should be bold");
        Assert.True(IsBoldAt(title, title.IndexOf(" in LLM", StringComparison.Ordinal)),
            $"the title after the highlighted word should still be bold: {title.Replace(Ansi, "ESC", StringComparison.Ordinal)}");
    }

    [Theory]
    [InlineData(false, "auto", false)]
    [InlineData(true, "auto", true)]
    [InlineData(true, "never", false)]
    [InlineData(false, "always", true)]
    public void Search_ColorOption_FollowsTerminalOnlyForAuto(bool terminalColor, string choice, bool expectAnsi)
    {
        _workspace.BuildIndex();

        var result = _workspace.RunWithColor(terminalColor, "search", "quantization", "--color", choice);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expectAnsi, result.Out.Contains(Ansi, StringComparison.Ordinal));
        Assert.Equal(!expectAnsi, result.Out.Contains("**quantization**", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_NoColorOptionAndNoTerminal_WritesNoEscapeCodes()
    {
        _workspace.BuildIndex();

        var result = _workspace.RunWithColor(false, "search", "heterogeneous", "computing");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(Ansi, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_MixtureOfExperts_RanksMoeSurveyFirst()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "mixture", "of", "experts");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Seed.MoeSurvey, Strip(FirstHitLine(result)));
    }

    [Fact]
    public void Search_QuotedPhrase_FindsFlexpipeWithPhraseHighlightedAsOne()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "\"pipeline parallelism\"");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Seed.Flexpipe, Strip(FirstHitLine(result)));
        Assert.Contains("**pipeline parallelism**", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_TypeField_MatchesArticleType()
    {
        _workspace.BuildIndex();

        using var json = _workspace.Run("search", "type:survey", "--format", "json").Json();

        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(Seed.QuantizationSurvey, Hits(json)[0].GetProperty("title").GetString());
    }

    [Fact]
    public void Search_All_ListsVenueCountsMostFirstThenByName()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8 papers match \"*\"", result.Out, StringComparison.Ordinal);
        Assert.Equal(Seed.VenueCounts, VenueSection(result.Out));
    }

    [Fact]
    public void Search_VenueFilter_KeepsOnlyThatVenue()
    {
        _workspace.BuildIndex();

        using var json = _workspace.Run("search", "*", "--venue", Seed.BigData, "--format", "json").Json();

        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
        Assert.All(Hits(json), hit => Assert.Equal(Seed.BigData, hit.GetProperty("venue").GetString()));
    }

    [Fact]
    public void Search_VenueRepeated_MatchesAnyOfThemAndAcceptsUniqueParts()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--venue", "big data", "--venue", "COMPUTER SCIENCE", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
        Assert.All(Hits(json), hit => Assert.Contains(hit.GetProperty("venue").GetString(), new[] { Seed.BigData, Seed.Jcst }));
        Assert.Contains(result.ErrorLines, l => l.Contains($"read as '{Seed.BigData}'", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_AmbiguousVenuePart_FailsListingBothVenues()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--venue", "tsinghua");

        TempWorkspace.AssertOneLineError(result, 1, "'tsinghua'", Seed.TsinghuaScience, Seed.TsinghuaUniversity);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Search_UnknownVenue_FailsListingTheVenues()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--venue", "Nature");

        TempWorkspace.AssertOneLineError(result, 1, "'Nature'", Seed.BigData, Seed.Jcst);
    }

    [Fact]
    public void Search_VenueAndYearFilters_CountsVenuesWithoutVenueFilterButWithYearFilter()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--venue", "big data", "--year", "2025..2026", "--color", "never");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 papers match", result.Out, StringComparison.Ordinal);
        // 2025-2026 papers: Big Data 2, Tsinghua Science 2, JCST 1; the 2021 Big Data and the older JCST/JTU papers are out.
        Assert.Equal([(Seed.BigData, 2), (Seed.TsinghuaScience, 2), (Seed.Jcst, 1)], VenueSection(result.Out));
    }

    [Theory]
    [InlineData("2025..2026", 5, 2025, 2026)]
    [InlineData("2025..", 5, 2025, 9999)]
    [InlineData("..2022", 2, 1000, 2022)]
    [InlineData("2023", 1, 2023, 2023)]
    public void Search_YearOption_KeepsOnlyThoseYears(string range, int total, int from, int to)
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--year", range, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(total, Hits(json).Count);
        Assert.All(Hits(json), hit => Assert.InRange(hit.GetProperty("year").GetInt32(), from, to));
    }

    [Fact]
    public void Search_YearRangeQuery_MatchesThoseYears()
    {
        _workspace.BuildIndex();

        using var json = _workspace.Run("search", "year:[2025 TO 2026]", "--format", "json").Json();

        Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
    }

    /// <summary>
    /// Lucene's classic parser hands an open end (<c>*</c>) of a range to GetRangeQuery as null, not as "*";
    /// the year field must treat both as open.
    /// </summary>
    [Theory]
    [InlineData("year:[2025 TO *]", 5)]
    [InlineData("year:[* TO 2022]", 2)]
    [InlineData("year:{2025 TO *}", 3)]
    public void Search_OpenEndedYearRangeQuery_MatchesFromOrUpToThatYear(string query, int total)
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", query, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        Assert.Equal(total, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Search_SortDate_PutsNewestPublicationFirst()
    {
        _workspace.BuildIndex();

        using var json = _workspace.Run("search", "*", "--sort", "date", "--format", "json").Json();

        var dates = Hits(json).Select(h => h.GetProperty("published").GetString()!).ToList();
        Assert.Equal(Seed.Papers, dates.Count);
        Assert.Equal("2026-04-30", dates[0]);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Search_LimitAndOffset_ShowsRanksThreeAndFour()
    {
        _workspace.BuildIndex();
        var all = Ids(_workspace.Run("search", "heterogeneous", "computing", "--format", "json"));

        var text = _workspace.Run("search", "heterogeneous", "computing", "-n", "2", "--offset", "2");
        var page = _workspace.Run("search", "heterogeneous", "computing", "-n", "2", "--offset", "2", "--format", "json");

        Assert.Equal(0, text.ExitCode);
        Assert.Equal([" 3.", " 4."], text.OutLines.Where(l => Regex.IsMatch(l, @"^ ?\d+\. ")).Select(l => l[..3]));
        Assert.Contains("showing 3-4", text.Out, StringComparison.Ordinal);
        Assert.Equal(all.Skip(2).Take(2), Ids(page));
        using var json = page.Json();
        Assert.Equal([3, 4], Hits(json).Select(h => h.GetProperty("rank").GetInt32()));
        Assert.Equal(8, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("relevance")]
    [InlineData("date")]
    public void Search_Pages_ConcatenateToTheUnpagedList(string sort)
    {
        _workspace.BuildIndex();
        string[] query = ["search", "heterogeneous", "computing", "--sort", sort, "--format", "json"];
        var all = Ids(_workspace.Run(query));

        var paged = new List<string>();
        for (var offset = 0; offset < all.Count; offset += 3)
        {
            paged.AddRange(Ids(_workspace.Run([.. query, "-n", "3", "--offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)])));
        }

        Assert.Equal(8, all.Count);
        Assert.Equal(all, paged);
    }

    [Fact]
    public void Search_OffsetPastTheEnd_SaysSoAndSucceeds()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "*", "--offset", "20");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("8 papers match \"*\", none at --offset 20", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_FirstRunWithoutIndex_BuildsFromSeedsThenAnswers()
    {
        Assert.False(Directory.Exists(_workspace.IndexPath));

        var first = _workspace.Run("search", "quantization");
        var second = _workspace.Run("search", "quantization");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Matches(@"No index at .*index.* building it from seeds/ first", first.Error);
        Assert.Matches(@"Indexed 8 papers from 1 file in \d+\.\d s: 8 added, 0 updated, 0 unchanged, 0 skipped", first.Error);
        Assert.Equal(Seed.QuantizationSurvey, Strip(FirstHitLine(first)));
        Assert.True(Directory.Exists(_workspace.IndexPath));

        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("building", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Indexed", second.Error, StringComparison.Ordinal);
        Assert.Equal(Seed.QuantizationSurvey, Strip(FirstHitLine(second)));
    }

    [Fact]
    public void Search_FirstRunWithOnlyGitPlaceholdersInIndexFolder_BuildsFromSeeds()
    {
        _workspace.WriteFile("index/.gitignore", "*\n!.gitignore\n");

        var result = _workspace.Run("search", "quantization");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("building it from seeds/ first", result.Error, StringComparison.Ordinal);
        Assert.Equal(Seed.QuantizationSurvey, Strip(FirstHitLine(result)));
        Assert.True(File.Exists(_workspace.In("index/.gitignore")));
    }

    [Fact]
    public void Search_NoMatches_SucceedsWithZeroHits()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "zzyzxqq");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No papers match \"zzyzxqq\"", result.Out, StringComparison.Ordinal);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public void Search_StopWordsOnly_SucceedsWithNote()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "the");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("No papers match", result.Out, StringComparison.Ordinal);
        Assert.StartsWith("search-abstracts: note: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Search_SyntaxError_ReadsLenientlyWithNoteNamingColumn()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "title:(foo");

        Assert.Equal(0, result.ExitCode);
        var note = Assert.Single(result.ErrorLines);
        Assert.StartsWith("search-abstracts: note: ", note, StringComparison.Ordinal);
        Assert.Contains("title:(foo", note, StringComparison.Ordinal);
        Assert.Contains("column", note, StringComparison.Ordinal);
        TempWorkspace.AssertNoStackTrace(result);
    }

    [Fact]
    public void Search_SyntaxErrorAroundRealWords_StillFindsThem()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "title:(quantization");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Seed.QuantizationSurvey, Strip(FirstHitLine(result)));
        Assert.Contains("note:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownField_IsReadAsWordsWithANoteListingValidFields()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "foo:quantization");

        Assert.Equal(0, result.ExitCode);
        var note = Assert.Single(result.ErrorLines);
        Assert.Equal("search-abstracts: note: 'foo' is not a field (fields are title, abstract, venue, author, category, year, type); searched for 'foo:quantization' as words", note);
        Assert.Contains(Seed.QuantizationSurvey.Replace("Quantization", "**Quantization**", StringComparison.Ordinal), result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_Explain_PrintsHowTheQueryWasReadAndWhyEachHitScored()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", "--explain", "-n", "1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("How the query was read", result.OutLines[0]);
        Assert.Equal("    optional: 'quantiz' in text, title×0.2, venue×0.1", result.OutLines[1]);
        Assert.Contains(result.OutLines, l => l.StartsWith("    why: text:quantiz ", StringComparison.Ordinal));
        var json = _workspace.Run("search", "quantization", "--explain", "-n", "1", "--format", "json").Json().RootElement;
        Assert.Equal("optional: 'quantiz' in text, title×0.2, venue×0.1", json.GetProperty("explain")[0].GetString());
        Assert.Equal("quantiz", json.GetProperty("hits")[0].GetProperty("why")[0].GetProperty("match").GetString());
    }

    [Theory]
    [InlineData("--limit", "0", "limit")]
    [InlineData("--limit", "-1", "limit")]
    [InlineData("-n", "0", "limit")]
    [InlineData("--limit", "10001", "limit")]
    [InlineData("--offset", "-1", "offset")]
    public void Search_BadLimitOrOffset_FailsWithExitOne(string option, string value, string named)
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", option, value);

        TempWorkspace.AssertOneLineError(result, 1, named, value);
    }

    [Theory]
    [InlineData("2026..2024")]
    [InlineData("abc")]
    [InlineData("2024..2025..2026")]
    [InlineData("..")]
    [InlineData("24..26")]
    public void Search_BadYear_FailsWithExitOne(string range)
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", "--year", range);

        TempWorkspace.AssertOneLineError(result, 1, range);
    }

    [Theory]
    [InlineData("--sort", "foo")]
    [InlineData("--format", "xml")]
    [InlineData("--color", "sometimes")]
    public void Search_ValueNotAmongChoices_FailsWithExitOne(string option, string value)
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"'{value}'", result.Error, StringComparison.Ordinal);
        TempWorkspace.AssertNoStackTrace(result);
    }

    /// <summary>
    /// The error contract (one stderr line starting "search-abstracts: error: ", stdout for results only) also
    /// covers option values System.CommandLine rejects; today it prints a multi-line message and the whole help to stdout.
    /// </summary>
    [Fact]
    public void Search_ValueNotAmongChoices_ReportsOneErrorLineAndNothingOnStdout()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search", "quantization", "--sort", "foo");

        TempWorkspace.AssertOneLineError(result, 1, "foo");
        Assert.Equal("", result.Out);
    }

    [Fact]
    public void Search_NoQuery_FailsWithExitOne()
    {
        _workspace.BuildIndex();

        var result = _workspace.Run("search");

        Assert.Equal(1, result.ExitCode);
        TempWorkspace.AssertNoStackTrace(result);
    }

    /// <summary>Replays the SGR escape codes before <paramref name="position"/> and says whether bold is on there.</summary>
    private static bool IsBoldAt(string line, int position)
    {
        Assert.True(position >= 0, $"text not found in: {line}");
        var bold = false;
        foreach (Match code in Regex.Matches(line[..position], @"\u001b\[([0-9;]*)m"))
        {
            foreach (var part in code.Groups[1].Value.Split(';'))
            {
                bold = part switch
                {
                    "" or "0" or "22" => false,
                    "1" => true,
                    _ => bold,
                };
            }
        }
        return bold;
    }

    internal static IReadOnlyList<JsonElement> Hits(JsonDocument json) =>
        [.. json.RootElement.GetProperty("hits").EnumerateArray()];

    private static List<string> Ids(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = result.Json();
        return [.. Hits(json).Select(h => h.GetProperty("id").GetString()!)];
    }

    /// <summary>The title line of hit 1 (<c>" 1. Title"</c>) without its rank.</summary>
    private static string FirstHitLine(CliResult result)
    {
        var line = result.OutLines.FirstOrDefault(l => l.StartsWith(" 1. ", StringComparison.Ordinal));
        Assert.True(line is not null, $"no hit 1 in the output; {result}");
        return line[4..];
    }

    private static string Strip(string text) => text.Replace("**", "", StringComparison.Ordinal);

    /// <summary>The (venue, count) lines under the "Venues" heading of text output.</summary>
    internal static List<(string Venue, int Count)> VenueSection(string output)
    {
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf("Venues");
        Assert.True(start >= 0, $"no Venues section in:\n{output}");
        var counts = new List<(string, int)>();
        foreach (var line in lines.Skip(start + 1))
        {
            var match = Regex.Match(line, @"^\s+(\d+)  (\S.*)$");
            if (!match.Success)
            {
                break;
            }
            counts.Add((match.Groups[2].Value, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return counts;
    }
}
