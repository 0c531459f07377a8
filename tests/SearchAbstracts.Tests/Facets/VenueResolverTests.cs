using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Facets;

public sealed class VenueResolverTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("Big Data Mining and Analytics")]
    [InlineData("big data mining and analytics")]
    [InlineData("big data")]
    [InlineData("  Big Data  ")]
    public void Search_VenueByExactNameCaseOrUniquePart_FiltersToThatVenue(string venue)
    {
        var results = seed.Index.Search(new SearchRequest { Query = "*", Venues = [venue] });

        Assert.Equal(3, results.Total);
        Assert.All(results.Hits, h => Assert.Equal("Big Data Mining and Analytics", h.Paper.Venue));
    }

    [Fact]
    public void Search_VenueByPart_SaysHowItWasRead()
    {
        var results = seed.Index.Search(new SearchRequest { Query = "*", Venues = ["big data"] });

        Assert.Equal("--venue 'big data' read as 'Big Data Mining and Analytics'", Assert.Single(results.Notices));
    }

    [Fact]
    public void Search_AmbiguousVenue_FailsListingTheCandidates()
    {
        var error = Assert.Throws<InvalidRequestException>(() => seed.Index.Search(new SearchRequest { Query = "*", Venues = ["tsinghua"] }));

        Assert.Contains("Tsinghua Science and Technology", error.Message, StringComparison.Ordinal);
        Assert.Contains("Journal of Tsinghua University (Science and Technology)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_UnknownVenue_FailsListingTheVenues()
    {
        var error = Assert.Throws<InvalidRequestException>(() => seed.Index.Search(new SearchRequest { Query = "*", Venues = ["Nature"] }));

        Assert.Contains("'Nature'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Big Data Mining and Analytics", error.Message, StringComparison.Ordinal);
    }
}
