using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

public sealed class ExplainTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Explain_WordsFiltersAndAcronym_AreDescribedInWords()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "MoE training", Explain = true, YearFrom = 2024 });

        Assert.Contains("optional: either 'moe' in text, title×0.2, venue×0.1 or phrase \"mixtur expert\" within 2 words in text×0.3 (acronym and its long form; the better scores)", results.Explanation);
        Assert.Contains("optional: 'train' in text, title×0.2, venue×0.1", results.Explanation);
        Assert.Contains("filter: year 2024..…", results.Explanation);
        Assert.StartsWith("re-ordered: the top 100 hits by BM25 fused with DFR", results.Explanation[^2], StringComparison.Ordinal);
        Assert.Equal("order: BM25 score, ranking profile 'default'", results.Explanation[^1]);
    }

    [Fact]
    public void Explain_LongQuery_NamesTheFeedbackTerms()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "distributed pipeline training of large models", Explain = true });

        var feedback = Assert.Single(results.Explanation, l => l.StartsWith("re-ranked by feedback (RM3)", StringComparison.Ordinal));
        Assert.Contains("pipelin", feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_Hits_SayWhichTermsScored()
    {
        var hit = seed.Index.Search(new SearchRequest { Query = "quantization", Explain = true }).Hits[0];

        Assert.Equal(("text", "quantiz"), (hit.Why[0].Field, hit.Why[0].Match));
        Assert.Contains(hit.Why, w => w.Field == "title");
        Assert.Equal(hit.Score, hit.Why.Sum(w => w.Score), 3);
    }

    [Theory]
    [InlineData("distributed pipeline training of large models")]
    [InlineData("model training")]
    public void Explain_On_ShowsTheSameHitsAsOff(string query)
    {
        // With explanations every hit is made in order on one thread; without, concurrently, and with feedback the
        // likely page may be started early while the feedback words are chosen: the hits must not differ.
        var serial = seed.Index.Search(new SearchRequest { Query = query, Explain = true, Limit = 20 }).Hits;
        var concurrent = seed.Index.Search(new SearchRequest { Query = query, Limit = 20 }).Hits;

        Assert.True(serial.Count >= 5, $"only {serial.Count} hits");
        Assert.Equal(serial.Select(Shown), concurrent.Select(Shown));
    }

    [Fact]
    public void Explain_Off_LeavesExplanationEmpty()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "quantization" });

        Assert.Empty(results.Explanation);
        Assert.All(results.Hits, h => Assert.Empty(h.Why));
    }

    private static string Shown(SearchHit hit) =>
        $"{hit.Rank} {hit.Score} {hit.Paper.Id} [{string.Join(",", hit.TitleHighlights)}] {string.Join(" | ", hit.Snippets.Select(s => $"{s.Text} [{string.Join(",", s.Highlights)}]"))}";
}
