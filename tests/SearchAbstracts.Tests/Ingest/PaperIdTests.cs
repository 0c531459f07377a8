using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

public sealed class PaperIdTests
{
    [Theory]
    [InlineData("Journal of Computer Science and Technology", 2026, "41", "1", "341", "journal-of-computer-science-and-technology-2026-41-1-341")]
    [InlineData("Journal of Tsinghua University (Science and Technology)", 2022, "62", "5", "943", "journal-of-tsinghua-university-science-and-technology-2022-62-5-943")]
    [InlineData("Big Data Mining and Analytics", 2021, "4", "3", "208", "big-data-mining-and-analytics-2021-4-3-208")]
    [InlineData("Tsinghua Science and Technology", 2026, "31", "3", "1411", "tsinghua-science-and-technology-2026-31-3-1411")]
    [InlineData("  Revista de Informática Teórica & Aplicada ", 2020, "27", "S1", "e12", "revista-de-informatica-teorica-aplicada-2020-27-s1-e12")]
    [InlineData("Straße, Æther & Łódź — Études", 2019, "3", "1-2", null, "strasse-aether-lodz-etudes-2019-3-1-2")]
    [InlineData("ＩＥＥＥ Ｍｉｃｒｏ", 2024, null, null, null, "ieee-micro-2024")]
    [InlineData("Big Data Mining and Analytics", 2024, "7", null, "77", "big-data-mining-and-analytics-2024-7-77")]
    [InlineData("Revue E\u0301tudes (de\u0301compose\u0301)", 2018, "2", "1", "5", "revue-etudes-decompose-2018-2-1-5")]
    [InlineData("Revista Științifică", 2017, "9", "4", "100", "revista-stiintifica-2017-9-4-100")]
    public void FromCitation_Citation_GivesReadableLowerCaseSlug(
        string venue, int year, string? volume, string? issue, string? firstPage, string id)
    {
        Assert.Equal(id, PaperId.FromCitation(venue, year, volume, issue, firstPage));
    }

    [Fact]
    public void FromCitation_SameCitationTwice_GivesTheSameId()
    {
        Assert.Equal(
            PaperId.FromCitation("Big Data Mining and Analytics", 2026, "9", "2", "596"),
            PaperId.FromCitation("Big Data Mining and Analytics", 2026, "9", "2", "596"));
    }

    [Fact]
    public void FromCitation_VenueWithoutLatinLetters_GetsAStableHashedSlug()
    {
        var id = PaperId.FromCitation("计算机学报", 2023, "46", "1", "1");

        Assert.Matches("^venue-[0-9a-f]{8}-2023-46-1-1$", id);
        Assert.Equal(id, PaperId.FromCitation("计算机学报", 2023, "46", "1", "1"));
        Assert.NotEqual(id, PaperId.FromCitation("软件学报", 2023, "46", "1", "1"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void FromCitation_BlankVenue_Throws(string venue)
    {
        Assert.Throws<ArgumentException>(() => PaperId.FromCitation(venue, 2024, "1", "1", "1"));
    }
}
