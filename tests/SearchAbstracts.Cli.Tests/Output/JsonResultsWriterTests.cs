using System.Globalization;
using System.Text.Json;

namespace SearchAbstracts.Cli.Tests.Output;

/// <summary>The documented JSON schema of <c>search</c>, <c>show</c> and <c>stats</c>, read back with System.Text.Json.</summary>
public sealed class JsonResultsWriterTests : IDisposable
{
    private static readonly string[] TopLevelKeys = ["query", "total", "elapsedMs", "hits", "facets"];

    private static readonly string[] PaperKeys =
        ["id", "title", "venue", "year", "volume", "issue", "pages", "published", "type", "openAccess", "pdfSize", "downloads", "abstract"];

    private static readonly string[] HitKeys = ["score", .. PaperKeys, "snippets"];

    private readonly TempWorkspace _workspace = new();

    public JsonResultsWriterTests() => _workspace.BuildIndex();

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void WritePaper_LargeThenSmall_EachLineIsItsOwnObject()
    {
        // The writer reuses its buffers from one object to the next: a small paper after a large one must not carry
        // any of the large one's bytes or characters.
        var large = new Paper { Id = "big", Title = "Large", Abstract = string.Concat(Enumerable.Repeat("quantized kernels é ", 5000)), Venue = "V" };
        var small = new Paper { Id = "small", Title = "Small", Abstract = "A short one.", Venue = "V" };
        var output = new StringWriter();

        SearchAbstracts.Cli.Output.JsonResultsWriter.WritePaper(large, output);
        SearchAbstracts.Cli.Output.JsonResultsWriter.WritePaper(small, output);
        SearchAbstracts.Cli.Output.JsonResultsWriter.WritePaper(large, output);

        // Each object is indented JSON closed by a "}" on a line of its own.
        var objects = output.ToString().Split("\n}" + Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(o => o + "\n}").ToList();
        Assert.Equal(3, objects.Count);
        using (var json = JsonDocument.Parse(objects[0]))
        {
            Assert.Equal(large.Abstract, json.RootElement.GetProperty("abstract").GetString());
        }
        using (var json = JsonDocument.Parse(objects[1]))
        {
            Assert.Equal("small", json.RootElement.GetProperty("id").GetString());
            Assert.Equal("A short one.", json.RootElement.GetProperty("abstract").GetString());
        }
        Assert.Equal(objects[0], objects[2]);
    }

    [Fact]
    public void Write_Search_HasDocumentedTopLevelKeys()
    {
        using var json = Search("quantization");
        var root = json.RootElement;

        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.All(TopLevelKeys, key => Assert.True(root.TryGetProperty(key, out _), $"missing top-level key '{key}'"));
        Assert.Equal("quantization", root.GetProperty("query").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.True(root.GetProperty("elapsedMs").GetDouble() >= 0);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("hits").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("facets").ValueKind);
    }

    [Fact]
    public void Write_EveryHit_HasDocumentedFieldsWithTheirTypes()
    {
        using var json = Search("*");
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();

        Assert.Equal(Seed.Papers, hits.Count);
        foreach (var hit in hits)
        {
            Assert.All(HitKeys, key => Assert.True(hit.TryGetProperty(key, out _), $"hit lacks '{key}': {hit}"));
            Assert.Equal(JsonValueKind.Number, hit.GetProperty("score").ValueKind);
            Assert.Equal(JsonValueKind.Number, hit.GetProperty("year").ValueKind);
            Assert.Contains(hit.GetProperty("openAccess").ValueKind, new[] { JsonValueKind.True, JsonValueKind.False });
            Assert.Contains(hit.GetProperty("downloads").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
            foreach (var key in new[] { "id", "title", "venue", "type", "abstract" })
            {
                Assert.False(string.IsNullOrWhiteSpace(hit.GetProperty(key).GetString()), $"'{key}' empty in {hit}");
            }
            foreach (var key in new[] { "volume", "issue", "pages", "published", "pdfSize" })
            {
                Assert.Contains(hit.GetProperty(key).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            }
            if (hit.GetProperty("published").GetString() is { } published)
            {
                Assert.True(DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), published);
            }
            Assert.Equal(JsonValueKind.Array, hit.GetProperty("snippets").ValueKind);
        }
    }

    [Fact]
    public void Write_Hit_RoundTripsTheSeedRecordFields()
    {
        using var quantization = Search("quantization");
        using var moe = Search("mixture", "of", "experts");

        var survey = quantization.RootElement.GetProperty("hits")[0];
        Assert.Equal(Seed.QuantizationSurveyId, survey.GetProperty("id").GetString());
        Assert.Equal(Seed.QuantizationSurvey, survey.GetProperty("title").GetString());
        Assert.Equal(Seed.Jcst, survey.GetProperty("venue").GetString());
        Assert.Equal(2026, survey.GetProperty("year").GetInt32());
        Assert.Equal("41", survey.GetProperty("volume").GetString());
        Assert.Equal("1", survey.GetProperty("issue").GetString());
        Assert.Equal("341-358", survey.GetProperty("pages").GetString());
        Assert.Equal("2026-04-30", survey.GetProperty("published").GetString());
        Assert.Equal("survey", survey.GetProperty("type").GetString());
        Assert.False(survey.GetProperty("openAccess").GetBoolean());
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("pdfSize").ValueKind);
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("downloads").ValueKind);
        Assert.StartsWith("Large language models (LLMs) have achieved", survey.GetProperty("abstract").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("low-precision kernels in different chips.", survey.GetProperty("abstract").GetString(), StringComparison.Ordinal);

        var review = moe.RootElement.GetProperty("hits")[0];
        Assert.Equal(Seed.MoeSurvey, review.GetProperty("title").GetString());
        Assert.Equal("review", review.GetProperty("type").GetString());
        Assert.True(review.GetProperty("openAccess").GetBoolean());
        Assert.Equal("1.4 MB", review.GetProperty("pdfSize").GetString());
        Assert.Equal(488, review.GetProperty("downloads").GetInt32());
        Assert.Equal("2025-12-19", review.GetProperty("published").GetString());
    }

    [Fact]
    public void Write_Snippets_HighlightRangesPointAtTheMatchedWord()
    {
        using var json = Search("quantization");
        var snippets = json.RootElement.GetProperty("hits")[0].GetProperty("snippets").EnumerateArray().ToList();

        Assert.NotEmpty(snippets);
        var highlighted = 0;
        foreach (var snippet in snippets)
        {
            var text = snippet.GetProperty("text").GetString()!;
            Assert.DoesNotContain("**", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b", text, StringComparison.Ordinal);
            var previousEnd = 0;
            foreach (var (start, end) in Ranges(snippet.GetProperty("highlights")))
            {
                Assert.InRange(start, previousEnd, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.Equal("quantization", text[start..end], ignoreCase: true);
                previousEnd = end;
                highlighted++;
            }
        }
        Assert.True(highlighted >= 2, $"expected several highlighted 'quantization's, found {highlighted}");
    }

    [Fact]
    public void Write_PhraseQuery_HighlightsThePhraseAsOneRange()
    {
        using var json = Search("\"pipeline parallelism\"");
        var hit = json.RootElement.GetProperty("hits")[0];

        Assert.Equal(Seed.Flexpipe, hit.GetProperty("title").GetString());
        var marked = hit.GetProperty("snippets").EnumerateArray()
            .SelectMany(s => Ranges(s.GetProperty("highlights")).Select(r => s.GetProperty("text").GetString()![r.Start..r.End]))
            .ToList();
        Assert.NotEmpty(marked);
        Assert.All(marked, text => Assert.Equal("pipeline parallelism", text, ignoreCase: true));
    }

    [Fact]
    public void Write_ColorAlways_LeavesJsonFreeOfEscapeCodes()
    {
        var result = _workspace.RunWithColor(true, "search", "quantization", "--format", "json", "--color", "always");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001b", result.Out, StringComparison.Ordinal);
        using var json = result.Json();
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Write_FacetsVenue_ListsValueAndCountMostFirstThenByName()
    {
        using var json = Search("*");

        var venues = json.RootElement.GetProperty("facets").GetProperty("venue").EnumerateArray()
            .Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32()))
            .ToList();
        Assert.Equal(Seed.VenueCounts, venues);
    }

    [Fact]
    public void Write_FacetsUnderVenueAndYearFilters_EachFacetIgnoresOnlyItsOwnFilter()
    {
        using var json = Search("*", "--venue", "big data", "--year", "2025..2026");
        var facets = json.RootElement.GetProperty("facets");

        Assert.Equal(2, json.RootElement.GetProperty("total").GetInt32());
        // Venues: with the year filter, without the venue filter.
        Assert.Equal([(Seed.BigData, 2), (Seed.TsinghuaScience, 2), (Seed.Jcst, 1)],
            facets.GetProperty("venue").EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())));
        // Years: with the venue filter, without the year filter (Big Data papers of 2026, 2025 and 2021).
        Assert.Equal([(2026, 1), (2025, 1), (2021, 1)],
            facets.GetProperty("year").EnumerateArray().Select(v => (v.GetProperty("value").GetInt32(), v.GetProperty("count").GetInt32())));
    }

    [Fact]
    public void Write_ZeroHits_IsValidJsonWithEmptyHits()
    {
        using var json = Search("zzyzxqq");

        Assert.Equal(0, json.RootElement.GetProperty("total").GetInt32());
        Assert.Empty(json.RootElement.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public void WritePaper_Show_HasEveryPaperField()
    {
        var result = _workspace.Run("show", Seed.QuantizationSurveyId, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        Assert.All(PaperKeys, key => Assert.True(json.RootElement.TryGetProperty(key, out _), $"missing '{key}'"));
        Assert.Equal(Seed.QuantizationSurvey, json.RootElement.GetProperty("title").GetString());
        Assert.Equal("341-358", json.RootElement.GetProperty("pages").GetString());
    }

    [Fact]
    public void WriteStats_Stats_HasPapersVenuesYearsAndSize()
    {
        var result = _workspace.Run("stats", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(Seed.Papers, root.GetProperty("papers").GetInt32());
        Assert.Equal(Seed.VenueCounts,
            root.GetProperty("venues").EnumerateArray().Select(v => (v.GetProperty("value").GetString()!, v.GetProperty("count").GetInt32())));
        Assert.Equal([(2026, 3), (2025, 2), (2023, 1), (2022, 1), (2021, 1)],
            root.GetProperty("years").EnumerateArray().Select(v => (v.GetProperty("value").GetInt32(), v.GetProperty("count").GetInt32())));
        Assert.True(root.GetProperty("sizeBytes").GetInt64() > 0);
    }

    private JsonDocument Search(params string[] query)
    {
        var result = _workspace.Run(["search", .. query, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Json();
    }

    private static List<(int Start, int End)> Ranges(JsonElement highlights) =>
        [.. highlights.EnumerateArray().Select(r =>
        {
            Assert.Equal(2, r.GetArrayLength());
            return (r[0].GetInt32(), r[1].GetInt32());
        })];
}
