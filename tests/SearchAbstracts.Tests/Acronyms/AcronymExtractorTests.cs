using SearchAbstracts.Acronyms;

namespace SearchAbstracts.Tests.Acronyms;

public sealed class AcronymExtractorTests
{
    [Theory]
    [InlineData("Mixture-of-Experts (MoE) models have emerged", "MoE", "Mixture-of-Experts")]
    [InlineData("for scaling Large Language Models (LLMs), enabling", "LLM", "Large Language Models")]
    [InlineData("integrating Artificial Neural Networks (ANNs) and", "ANN", "Artificial Neural Networks")]
    [InlineData("we propose a branch-aware pipeline parallelism (BAPP) to make", "BAPP", "branch-aware pipeline parallelism")]
    [InlineData("High-Performance Computing (HPC) power", "HPC", "High-Performance Computing")]
    public void Extract_Definition_FindsAcronymAndLongForm(string text, string acronym, string longForm)
    {
        Assert.Equal([new AcronymDefinition(acronym, longForm)], AcronymExtractor.Extract(text));
    }

    [Theory]
    [InlineData("the results (see above) hold")]
    [InlineData("images (3000 images, each one)")]
    [InlineData("the measured value (QB) was")]
    [InlineData("Hardware Efficiency\nLarge models (LM) are")]
    public void Extract_NoDefinition_FindsNothingOrOnlyWithinTheSentence(string text)
    {
        Assert.All(AcronymExtractor.Extract(text), d => Assert.DoesNotContain("Efficiency", d.LongForm, StringComparison.Ordinal));
        Assert.DoesNotContain(AcronymExtractor.Extract(text), d => d.Acronym is "see" or "3000" or "QB");
    }

    [Fact]
    public void Extract_LongFormAcrossALineBreak_StopsAtTheLine()
    {
        Assert.Equal([new AcronymDefinition("LM", "Large models")], AcronymExtractor.Extract("Hardware Efficiency\nLarge models (LM) are"));
    }
}
