using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Ranking properties, each with its tests:
/// 1. A title match outranks an abstract-only match of the same word.
/// 2. A paper matching more of the query words ranks above one matching fewer.
/// 3. A quoted phrase matches only where the words are adjacent; with slop, where they are near.
/// 4. Filters (venue, year) never change the order of the papers that remain.
/// 5. Sorting by date orders by publication date, ties broken by score.
/// 6. Ranking is deterministic: the same request gives the same hits and scores.
/// </summary>
public sealed class RankingTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
        TestPapers.Make("title-hit", "Quantization of language models", "We study compression of networks in general.", venue: "A", year: 2024),
        TestPapers.Make("abstract-hit", "Compression of networks", "We study quantization of language models in depth.", venue: "B", year: 2025),
        TestPapers.Make("both-words", "Sparse pipelines", "Pipeline parallelism with sparse experts.", venue: "A", year: 2023),
        TestPapers.Make("one-word", "Dense pipelines", "A pipeline for dense training; parallelism is not discussed here at all.", venue: "B", year: 2026),
        TestPapers.Make("scattered", "Scattered words", "The pipeline was slow. Later, parallelism helped the compiler.", venue: "A", year: 2022));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Property1_TitleMatch_OutranksAbstractOnlyMatch()
    {
        Assert.Equal(["title-hit", "abstract-hit"], Ids("quantization"));
    }

    [Fact]
    public void Property2_MoreQueryWords_RankHigher()
    {
        var ids = Ids("sparse pipeline parallelism");

        Assert.Equal("both-words", ids[0]);
    }

    [Fact]
    public void Property3_Phrase_MatchesAdjacentWordsOnly()
    {
        Assert.Equal(["both-words"], Ids("\"pipeline parallelism\""));
    }

    [Fact]
    public void Property3_PhraseWithSlop_MatchesNearWords()
    {
        var ids = Ids("\"pipeline parallelism\"~6");

        Assert.Contains("both-words", ids);
        Assert.Contains("scattered", ids);
        Assert.Equal("both-words", ids[0]);
    }

    [Theory]
    [InlineData("A", null, null)]
    [InlineData("B", null, null)]
    [InlineData(null, 2023, 2026)]
    [InlineData("A", 2023, null)]
    public void Property4_Filters_KeepTheOrderOfWhatRemains(string? venue, int? from, int? to)
    {
        var all = Hits(new SearchRequest { Query = "pipeline parallelism quantization networks", Limit = 100 });
        var filtered = Hits(new SearchRequest
        {
            Query = "pipeline parallelism quantization networks",
            Limit = 100,
            Venues = venue is null ? [] : [venue],
            YearFrom = from,
            YearTo = to,
        });

        var expected = all.Where(h => (venue is null || h.Paper.Venue == venue) && (from is null || h.Paper.Year >= from) && (to is null || h.Paper.Year <= to));
        Assert.Equal(expected.Select(h => h.Paper.Id), filtered.Select(h => h.Paper.Id));
        Assert.Equal(expected.Select(h => h.Score), filtered.Select(h => h.Score));
    }

    [Fact]
    public void Property5_SortByDate_OrdersByPublicationDate()
    {
        var hits = Hits(new SearchRequest { Query = "pipeline", Sort = SearchSort.Date, Limit = 100 });

        Assert.Equal(["one-word", "both-words", "scattered"], hits.Select(h => h.Paper.Id));
        Assert.All(hits, h => Assert.True(h.Score > 0));
    }

    [Fact]
    public void Property6_SameRequest_SameResults()
    {
        var request = new SearchRequest { Query = "pipeline quantization", Limit = 100 };

        var first = Hits(request);
        var second = Hits(request);

        Assert.Equal(first.Select(h => (h.Paper.Id, h.Score)), second.Select(h => (h.Paper.Id, h.Score)));
    }

    private List<string> Ids(string query) => Hits(new SearchRequest { Query = query, Limit = 100 }).Select(h => h.Paper.Id).ToList();

    private IReadOnlyList<SearchHit> Hits(SearchRequest request) => _temp.Index.Search(request).Hits;
}
