using SearchAbstracts.Acronyms;

namespace SearchAbstracts.Tests.Acronyms;

/// <summary>
/// The acronym dictionary answers from the definitions in the index, both ways; answers are kept per reader, so they
/// are the same when asked again and follow the index when it changes (a refreshed reader asks afresh).
/// </summary>
public sealed class AcronymDictionaryTests
{
    [Fact]
    public void AnswersBothWays_AndAgainTheSame()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("a", "Sparse Mixture-of-Experts (MoE) layers", "Mixture-of-Experts (MoE) models route tokens to experts."),
            TestPapers.Make("b", "Scaling a mixture of experts (MoE)", "A mixture of experts (MoE) grows cheaply."));
        temp.Index.WithSearcher(searcher =>
        {
            for (var time = 0; time < 2; time++)
            {
                var dictionary = AcronymDictionary.For(searcher.IndexReader);
                Assert.Equal("mixture of experts", dictionary.LongFormOf("moe")?.ToLowerInvariant().Replace('-', ' '));
                Assert.Equal("moe", dictionary.AcronymOf(string.Join(' ', AcronymTerms.StemsOf("mixture of experts"))));
                Assert.Null(dictionary.LongFormOf("xyz"));
                Assert.Null(dictionary.AcronymOf("no such long form"));
            }
            return 0;
        });
    }

    [Fact]
    public void ARefreshedIndexIsAskedAfresh()
    {
        using var temp = TempIndex.With(TestPapers.Make("a", "Plain title", "Nothing defined here."));
        Assert.Null(temp.Index.WithSearcher(searcher => AcronymDictionary.For(searcher.IndexReader).LongFormOf("gnn")));
        using (var writer = temp.Index.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("b", "Graph neural networks (GNN) at scale", "Graph neural networks (GNN) pass messages."));
            writer.Commit();
        }
        Assert.NotNull(temp.Index.WithSearcher(searcher => AcronymDictionary.For(searcher.IndexReader).LongFormOf("gnn")));
    }
}
