using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

public sealed class ArticleTypeParserTests
{
    [Theory]
    [InlineData("Issue", "research", false)]
    [InlineData("Open Access Issue", "research", true)]
    [InlineData("Survey Issue", "survey", false)]
    [InlineData("Open Access Review Issue", "review", true)]
    [InlineData("Perspective Issue", "perspective", false)]
    [InlineData("Editorial Issue", "editorial", false)]
    [InlineData("Open Access Letter to the Editor Issue", "letter to the editor", true)]
    [InlineData("Open  Access   Research Article Issue", "research article", true)]
    [InlineData("Open Accessible Issue", "open accessible", false)]
    public void Parse_TypeLine_GivesLowerCaseTypeAndOpenAccess(string line, string type, bool openAccess)
    {
        Assert.True(ArticleTypeParser.IsTypeLine(line));
        Assert.Equal((type, openAccess), ArticleTypeParser.Parse(line));
    }

    [Theory]
    [InlineData("This is a known issue")]
    [InlineData("Issues")]
    [InlineData("Results are shown in Fig. 3 for the Issue")]
    [InlineData("Volume 3, Issue")]
    [InlineData("A very long line of ordinary words that keeps going well past the limit Issue")]
    [InlineData("")]
    public void IsTypeLine_ProseOrLongLine_IsFalse(string line)
    {
        Assert.False(ArticleTypeParser.IsTypeLine(line));
    }
}
