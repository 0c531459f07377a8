using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

public sealed class SearchRequestValidatorTests
{
    [Theory]
    [InlineData(0, 0, "limit")]
    [InlineData(-1, 0, "limit")]
    [InlineData(10_001, 0, "limit")]
    [InlineData(10, -1, "offset")]
    public void Validate_OutOfRange_NamesTheSetting(int limit, int offset, string named)
    {
        var error = Assert.Throws<InvalidRequestException>(() =>
            SearchRequestValidator.Validate(new SearchRequest { Query = "x", Limit = limit, Offset = offset }));

        Assert.StartsWith(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_YearRangeBackwards_IsRejected()
    {
        var error = Assert.Throws<InvalidRequestException>(() =>
            SearchRequestValidator.Validate(new SearchRequest { Query = "x", YearFrom = 2026, YearTo = 2024 }));

        Assert.Contains("2026..2024", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Defaults_AreAccepted()
    {
        var request = new SearchRequest { Query = "x" };

        SearchRequestValidator.Validate(request);

        Assert.Equal((10, 0, 2, 240, SearchSort.Relevance), (request.Limit, request.Offset, request.SnippetCount, request.SnippetLength, request.Sort));
    }
}
