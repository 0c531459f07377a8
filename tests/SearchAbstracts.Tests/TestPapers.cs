namespace SearchAbstracts.Tests;

/// <summary>Small hand-made papers for relevance and filter tests.</summary>
internal static class TestPapers
{
    public static Paper Make(string id, string title, string abstractText, string venue = "Test Venue", int year = 2024,
        DateOnly? published = null, string type = "research") => new()
        {
            Id = id,
            Title = title,
            Abstract = abstractText,
            Venue = venue,
            Year = year,
            Volume = "1",
            Issue = "1",
            FirstPage = "1",
            LastPage = "10",
            Published = published ?? new DateOnly(year, 1, 1),
            ArticleType = type,
        };
}
