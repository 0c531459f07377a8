using SearchAbstracts.Acronyms;

namespace SearchAbstracts.Tests.Acronyms;

/// <summary>
/// A long form's key is its stems joined by spaces: made from a reused analysis at indexing, it must be exactly the
/// key that queries look long forms up by (<see cref="AcronymTerms.StemsOf"/> joined).
/// </summary>
public sealed class AcronymTermsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("the of")]
    [InlineData("mixture-of-experts")]
    [InlineData("Large Language Models")]
    [InlineData("the naïve Bayes classifier of the")]
    [InlineData("graph neural networks")]
    public void StemKey_IsTheStemsJoinedBySpaces(string longForm) =>
        Assert.Equal(string.Join(' ', AcronymTerms.StemsOf(longForm)), AcronymTerms.StemKey(longForm));

    [Fact]
    public void StemKey_IsTheStemsJoinedBySpaces_ForEveryDefinitionInRealAbstracts()
    {
        var definitions = SharedData.SamplePapers(3000)
            .SelectMany(p => AcronymExtractor.Extract(p.Title).Concat(AcronymExtractor.Extract(p.Abstract)))
            .ToList();
        Assert.NotEmpty(definitions);
        foreach (var definition in definitions)
        {
            var longForm = definition.LongForm.ToLowerInvariant();
            Assert.Equal(string.Join(' ', AcronymTerms.StemsOf(longForm)), AcronymTerms.StemKey(longForm));
        }
    }
}
