using SearchAbstracts.Ranking;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Ranking;

/// <summary>
/// Pasting a paper's title finds that paper first, even when another paper uses the same words more often
/// (the known-item case of the arXiv benchmark: 0.996 → 1.000 of titles at rank 1).
/// </summary>
public sealed class TitlePhraseTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
    [
        TestPapers.Make("target", "Deep Learning in Astrophysics", "A review of neural methods for surveys of the sky."),
        TestPapers.Make("wordy", "Astrophysics, Deep Networks and Learning", "Deep learning and astrophysics: deep learning for astrophysics."),
        .. Enumerable.Range(1, 30).Select(i => TestPapers.Make($"filler{i}", $"Soil chemistry study {i}", "Nitrogen in farm soils.")),
    ]);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Default_PastedTitle_RanksItsPaperFirst()
    {
        var results = _temp.Index.Search(new SearchRequest { Query = "Deep Learning in Astrophysics" });

        Assert.Equal("target", results.Hits[0].Paper.Id);
    }

    [Fact]
    public void WithoutTheBonus_TheWordierPaperWins_SoTheTestAboveMeasuresTheBonus()
    {
        var results = _temp.Index.Search(new SearchRequest { Query = "Deep Learning in Astrophysics", Profile = RankingProfile.Default with { TitlePhrase = false } });

        Assert.Equal("wordy", results.Hits[0].Paper.Id);
    }

    [Fact]
    public void Bonus_NeverWidensTheMatches()
    {
        var with = _temp.Index.Search(new SearchRequest { Query = "deep astrophysics" });
        var without = _temp.Index.Search(new SearchRequest { Query = "deep astrophysics", Profile = RankingProfile.Default with { TitlePhrase = false } });

        Assert.Equal(without.Total, with.Total);
        Assert.Equal(without.Hits.Select(h => h.Paper.Id).Order(), with.Hits.Select(h => h.Paper.Id).Order());
    }
}
