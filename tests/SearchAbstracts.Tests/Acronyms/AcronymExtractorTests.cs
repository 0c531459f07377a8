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

    /// <summary>Indexing extracts from title and abstract one at a time: that must find what the two joined by a line break give.</summary>
    [Theory]
    [InlineData("Large Language Models (LLMs)", "Retrieval-Augmented Generation (RAG) helps")]
    [InlineData("Mixture-of-Experts", "(MoE) models route tokens")]
    [InlineData("Graph Neural", "Networks (GNN) and more")]
    [InlineData("", "")]
    [InlineData("(AB) alone", "The Alpha Beta (AB) and Alpha Beta (AB) again")]
    public void Extract_TitleThenAbstract_SameAsJoined(string title, string summary)
    {
        Assert.Equal(AcronymExtractor.Extract(title + "\n" + summary), AcronymExtractor.Extract(title).Concat(AcronymExtractor.Extract(summary)));
    }

    [Fact]
    public void Extract_TitleThenAbstract_SameAsJoined_Abstracts()
    {
        var definitions = 0;
        foreach (var paper in SharedData.SamplePapers())
        {
            var joined = AcronymExtractor.Extract(paper.Title + "\n" + paper.Abstract).ToList();
            Assert.Equal(joined, AcronymExtractor.Extract(paper.Title).Concat(AcronymExtractor.Extract(paper.Abstract)));
            definitions += joined.Count;
        }
        Assert.True(definitions > 0);
    }
}
