using SearchAbstracts.Ranking;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Ranking;

public sealed class RankingProfileTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
        TestPapers.Make("a", "Cell growth in tumours", "Tumour cells grow when signalling is high.", venue: "V1", year: 2020),
        TestPapers.Make("b", "Signalling pathways", "Growth factors drive signalling in cells of many kinds.", venue: "V2", year: 2021),
        TestPapers.Make("c", "Tumour imaging", "Imaging shows tumour growth over time in mice.", venue: "V1", year: 2022),
        TestPapers.Make("d", "Unrelated", "Nothing about biology here.", venue: "V2", year: 2023));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Parse_UnknownName_ListsTheProfiles()
    {
        var error = Assert.Throws<InvalidRequestException>(() => RankingProfile.Parse("bm42"));

        Assert.Contains("baseline-flat, baseline-multifield", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_NamesAreUniqueAndParseBack()
    {
        Assert.Equal(RankingProfile.All, RankingProfile.All.Select(p => RankingProfile.Parse(p.Name)));
        Assert.Equal(RankingProfile.All.Count, RankingProfile.All.Select(p => p.Name).Distinct().Count());
    }

    [Fact]
    public void Feedback_ReRanksButNeverWidensTheMatches()
    {
        const string query = "tumour cell growth signalling";
        var without = Search(query, RankingProfile.FlatTitleOnceStop);
        var with = Search(query, RankingProfile.Default);

        Assert.Equal(without.Total, with.Total);
        Assert.Equal(without.Hits.Select(h => h.Paper.Id).Order(), with.Hits.Select(h => h.Paper.Id).Order());
        Assert.Equal(without.Venues, with.Venues);
        Assert.DoesNotContain(with.Hits, h => h.Paper.Id == "d");
    }

    [Fact]
    public void WeightedFeedbackAndDfr_ReOrderButNeverWidenTheMatches()
    {
        const string query = "tumour cell growth signalling";
        var without = Search(query, RankingProfile.FlatTitleOnceStop);

        foreach (var profile in new[] { RankingProfile.WeightedRm3, RankingProfile.Default })
        {
            var with = Search(query, profile);
            Assert.Equal(without.Total, with.Total);
            Assert.Equal(without.Hits.Select(h => h.Paper.Id).Order(), with.Hits.Select(h => h.Paper.Id).Order());
            Assert.Equal(without.Venues, with.Venues);
        }
    }

    [Fact]
    public void Dfr_ScoresStillFallDownTheList_AndPagesAgreeWithTheWholeList()
    {
        const string query = "tumour cell growth signalling";
        var all = Search(query, RankingProfile.Default);
        var second = _temp.Index.Search(new SearchRequest { Query = query, Profile = RankingProfile.Default, Offset = 1, Limit = 1 });

        Assert.Equal(all.Hits.Select(h => h.Score).OrderDescending(), all.Hits.Select(h => h.Score));
        Assert.Equal(all.Hits[1].Paper.Id, Assert.Single(second.Hits).Paper.Id);
        Assert.Equal(2, Assert.Single(second.Hits).Rank);
    }

    [Fact]
    public void CountWordsOnce_RepeatedWord_ScoresLikeTheWordOnce()
    {
        var once = Search("tumour growth", RankingProfile.FlatTitleOnce);
        var repeated = Search("tumour tumour tumour growth", RankingProfile.FlatTitleOnce);
        var counted = Search("tumour tumour tumour growth", RankingProfile.FlatTitle);

        Assert.Equal(once.Hits.Select(h => (h.Paper.Id, h.Score)), repeated.Hits.Select(h => (h.Paper.Id, h.Score)));
        Assert.NotEqual(once.Hits.Select(h => h.Score), counted.Hits.Select(h => h.Score));
    }

    [Fact]
    public void QueryStopWords_QuestionWordsAreDropped()
    {
        var question = Search("which tumour growth", RankingProfile.FlatTitleOnceStop);
        var plain = Search("tumour growth", RankingProfile.FlatTitleOnceStop);

        Assert.Equal(plain.Hits.Select(h => (h.Paper.Id, h.Score)), question.Hits.Select(h => (h.Paper.Id, h.Score)));
    }

    [Fact]
    public void Default_TitleMatch_OutranksAbstractOnlyMatch()
    {
        var hits = Search("imaging", RankingProfile.Default).Hits;

        Assert.Equal("c", hits[0].Paper.Id);
    }

    private SearchResults Search(string query, RankingProfile profile) =>
        _temp.Index.Search(new SearchRequest { Query = query, Profile = profile, Limit = 100 });
}
