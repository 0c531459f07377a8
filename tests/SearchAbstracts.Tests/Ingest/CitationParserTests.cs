using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

public sealed class CitationParserTests
{
    [Theory]
    [InlineData("Journal of Computer Science and Technology 2026, 41(1): 341-358", "Journal of Computer Science and Technology", 2026, "41", "1", "341", "358")]
    [InlineData("Journal of Tsinghua University (Science and Technology) 2022, 62(5): 943-951", "Journal of Tsinghua University (Science and Technology)", 2022, "62", "5", "943", "951")]
    [InlineData("Big Data Mining and Analytics 2026, 9(2): 596 – 610", "Big Data Mining and Analytics", 2026, "9", "2", "596", "610")]
    [InlineData("Big Data Mining and Analytics 2026 , 9 ( 2 ) : 596–610", "Big Data Mining and Analytics", 2026, "9", "2", "596", "610")]
    [InlineData("Chinese Journal of Electronics 2020, 29(3): 401", "Chinese Journal of Electronics", 2020, "29", "3", "401", null)]
    [InlineData("CCF Transactions on High Performance Computing 2022, 4: 77-90", "CCF Transactions on High Performance Computing", 2022, "4", null, "77", "90")]
    [InlineData("Science China Information Sciences 2024, 67(3-4): e132101", "Science China Information Sciences", 2024, "67", "3-4", "e132101", null)]
    [InlineData("Frontiers 2000 2023, 12A(S1)", "Frontiers 2000", 2023, "12A", "S1", null, null)]
    [InlineData("Journal 2021, Proceedings 2022, 5(1): 1-2", "Journal 2021, Proceedings", 2022, "5", "1", "1", "2")]
    public void TryParse_CitationLine_ReadsPartsFromTheRight(
        string line, string venue, int year, string volume, string? issue, string? first, string? last)
    {
        Assert.True(CitationParser.TryParse(line, out var citation));
        Assert.Equal(new Citation(venue, year, volume, issue, first, last), citation);
    }

    [Theory]
    [InlineData("Published: 30 April 2026")]
    [InlineData("Trends in High-Performance Computing 2025")]
    [InlineData("A Survey of Quantization in LLM: Unlocking Potential Hardware Efficiency")]
    [InlineData("2026, 41(1): 341-358")]
    [InlineData("Journal of Computer Science and Technology 26, 41(1): 341-358")]
    [InlineData("")]
    public void TryParse_OtherLine_IsNotACitation(string line)
    {
        Assert.False(CitationParser.TryParse(line, out _));
        Assert.False(CitationParser.IsCitation(line));
    }
}
