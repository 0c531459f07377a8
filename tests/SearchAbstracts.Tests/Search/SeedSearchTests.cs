using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>The facts the foundation issue names for the seed listing, checked through the library API.</summary>
public sealed class SeedSearchTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    private const string QuantizationSurvey = "A Survey of Quantization in LLM: Unlocking Potential Hardware Efficiency";
    private const string MoeSurvey = "A Survey on Accelerated Technologies for Mixture-of-Experts Model Training Systems";
    private const string Flexpipe = "Accelerating Distributed Training of Large Concurrent-Branch Models through Bidirectional Pipeline Coordination";

    [Fact]
    public void Search_Quantization_RanksQuantizationSurveyFirstWithTheWordHighlighted()
    {
        var results = Search("quantization");

        var top = results.Hits[0];
        Assert.Equal(QuantizationSurvey, top.Paper.Title);
        Assert.Contains(top.TitleHighlights, r => Text(top.Paper.Title, r) == "Quantization");
        Assert.NotEmpty(top.Snippets);
        Assert.All(top.Snippets, s => Assert.Contains(s.Highlights, r => Text(s.Text, r) == "quantization"));
    }

    [Fact]
    public void Search_MixtureOfExperts_RanksMoeSurveyFirst()
    {
        Assert.Equal(MoeSurvey, Search("mixture of experts").Hits[0].Paper.Title);
    }

    [Fact]
    public void Search_QuotedPipelineParallelism_FindsFlexpipeAndHighlightsThePhraseAsOne()
    {
        var results = Search("\"pipeline parallelism\"");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(Flexpipe, hit.Paper.Title);
        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => Text(s.Text, r))).ToList();
        Assert.Contains("pipeline parallelism", marked);
        // The lone "pipeline" words of the abstract are not part of the phrase and stay unmarked.
        Assert.DoesNotContain("pipeline", marked);
    }

    [Fact]
    public void Search_AllPapers_CountsVenuesOverEveryMatchByCountThenName()
    {
        var results = Search("*", limit: 1);

        Assert.Equal(8, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal(
            [
                ("Big Data Mining and Analytics", 3),
                ("Journal of Computer Science and Technology", 2),
                ("Tsinghua Science and Technology", 2),
                ("Journal of Tsinghua University (Science and Technology)", 1),
            ],
            results.Venues.Select(v => (v.Value, v.Count)));
    }

    [Fact]
    public void Search_VenueFilter_KeepsThatVenueButCountsOtherVenuesToo()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "*", Venues = ["Big Data Mining and Analytics"] });

        Assert.Equal(3, results.Total);
        Assert.All(results.Hits, h => Assert.Equal("Big Data Mining and Analytics", h.Paper.Venue));
        Assert.Equal(8, results.Venues.Sum(v => v.Count));
    }

    [Fact]
    public void Search_TwoVenues_MatchesEither()
    {
        var results = seed.Index.Search(new SearchRequest
        {
            Query = "*",
            Venues = ["Big Data Mining and Analytics", "Tsinghua Science and Technology"],
        });

        Assert.Equal(5, results.Total);
    }

    [Fact]
    public void Search_VenueCountsWithVenueFilter_ApplyTheYearFilter()
    {
        var results = seed.Index.Search(new SearchRequest
        {
            Query = "*",
            Venues = ["Big Data Mining and Analytics"],
            YearFrom = 2025,
            YearTo = 2026,
        });

        Assert.Equal(2, results.Total);
        Assert.Equal(2, results.Venues.Single(v => v.Value == "Big Data Mining and Analytics").Count);
        Assert.Equal(2, results.Venues.Single(v => v.Value == "Tsinghua Science and Technology").Count);
        Assert.Equal(1, results.Venues.Single(v => v.Value == "Journal of Computer Science and Technology").Count);
        Assert.DoesNotContain(results.Venues, v => v.Value.StartsWith("Journal of Tsinghua", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_YearRange_KeepsOnlyThoseYears()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "*", YearFrom = 2022, YearTo = 2023, Limit = 20 });

        Assert.Equal([2022, 2023], results.Hits.Select(h => h.Paper.Year).Order());
    }

    [Fact]
    public void Search_SortByDate_PutsNewestPublicationFirst()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "*", Sort = SearchSort.Date, Limit = 20 });

        var dates = results.Hits.Select(h => h.Paper.Published!.Value).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(new DateOnly(2026, 4, 30), dates[0]);
    }

    [Fact]
    public void Search_Pages_ConcatenateToTheFullList()
    {
        var all = seed.Index.Search(new SearchRequest { Query = "model training", Limit = 20 });
        var pages = Enumerable.Range(0, 4)
            .SelectMany(page => seed.Index.Search(new SearchRequest { Query = "model training", Limit = 2, Offset = page * 2 }).Hits)
            .ToList();

        Assert.True(all.Total >= 5);
        Assert.Equal(all.Hits.Take(8).Select(h => h.Paper.Id), pages.Select(h => h.Paper.Id));
        Assert.Equal(Enumerable.Range(1, pages.Count), pages.Select(h => h.Rank));
        Assert.All(pages, h => Assert.True(h.Rank <= all.Total));
    }

    [Fact]
    public void Search_OffsetPastTheEnd_ReturnsNoHitsButTheTotal()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "quantization", Offset = 50 });

        Assert.Empty(results.Hits);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public void Search_Training_HighlightsStemmedFormsInTheAbstract()
    {
        var hit = Search("training", limit: 20).Hits.Single(h => h.Paper.Title == Flexpipe);

        var marked = hit.Snippets.SelectMany(s => s.Highlights.Select(r => Text(s.Text, r))).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("training", marked);
        Assert.Contains("train", marked);
    }

    [Fact]
    public void Search_NoMatchInAbstract_ShowsTheFirstSentence()
    {
        var hit = seed.Index.Search(new SearchRequest { Query = "venue:\"Journal of Tsinghua University\"" }).Hits.Single();

        var snippet = Assert.Single(hit.Snippets);
        Assert.Equal("Supercomputers provide enormous computing power for large applications. …", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    private SearchResults Search(string query, int limit = 10) =>
        seed.Index.Search(new SearchRequest { Query = query, Limit = limit });

    private static string Text(string text, HighlightRange range) => text[range.Start..range.End];
}
