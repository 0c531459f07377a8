using SearchAbstracts.Snippets;

namespace SearchAbstracts.Tests.Snippets;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_PlainSentences_EndsEachAfterItsPunctuation()
    {
        Assert.Equal(["One sentence.", "Two?", "Yes!", "Three"], Sentences("One sentence. Two? Yes! Three"));
    }

    [Theory]
    [InlineData("Energy drops by 8.11% (48.67 mW) overall. Next one.", "Energy drops by 8.11% (48.67 mW) overall.")]
    [InlineData("Tools, e.g. Lucene, help. Next one.", "Tools, e.g. Lucene, help.")]
    [InlineData("As shown by Smith et al. The result holds. Next one.", "As shown by Smith et al. The result holds.")]
    [InlineData("A lower-case start. after that. Next one.", "A lower-case start. after that.")]
    public void Split_PeriodsThatDoNotEndSentences_AreKeptInside(string text, string first)
    {
        Assert.Equal(first, Sentences(text)[0]);
    }

    [Fact]
    public void Split_ParagraphBreak_EndsASentenceWithoutPunctuation()
    {
        Assert.Equal(["First paragraph without a stop", "Second."], Sentences("First paragraph without a stop\n\nSecond."));
    }

    private static List<string> Sentences(string text) =>
        SentenceSplitter.Split(text).Select(r => text[r.Start..r.End]).ToList();
}
