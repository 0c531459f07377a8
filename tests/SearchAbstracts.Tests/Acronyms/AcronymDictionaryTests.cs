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

    [Fact]
    public void TheLongFormSet_RejectsOnlyRunsThatHaveNoAcronym()
    {
        // SciFact's first 3,000 papers define a few hundred acronyms (the seed a handful, when SciFact is absent).
        using var temp = TempIndex.With([.. SharedData.SamplePapers(3000)]);
        temp.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var longForms = AcronymDictionary.LoadLongForms(reader);
            Assert.NotNull(longForms);
            Assert.NotEmpty(longForms);
            // Every long form, its shorter and longer neighbours, and runs of unrelated stems.
            var random = new Random(3);
            var stems = longForms.SelectMany(k => k.Split(' ')).Distinct().ToArray();
            var runs = longForms
                .Concat(longForms.Select(k => k[..Math.Max(0, k.LastIndexOf(' '))]))
                .Concat(longForms.Select(k => k + " model"))
                .Concat(Enumerable.Range(0, 2000).Select(_ => string.Join(' ', Enumerable.Range(0, 2 + random.Next(3)).Select(_ => stems[random.Next(stems.Length)]))))
                .Where(k => k.Length > 0)
                .Distinct()
                .ToList();
            // Seeks alone first (their answers are kept per reader), then with the set: it may only turn away runs the seeks found nothing for.
            var seeking = new AcronymDictionary(reader, () => null);
            var answers = runs.ToDictionary(run => run, seeking.AcronymOf);
            var filtered = new AcronymDictionary(reader, () => longForms);
            foreach (var run in runs)
            {
                Assert.Equal(answers[run], filtered.AcronymOf(run));
                Assert.Equal(answers[run] is not null, longForms.Contains(run));
            }
            Assert.True(answers.Values.Count(a => a is not null) >= longForms.Count);
            Assert.True(runs.Count - longForms.Count > 1000, "too few runs without an acronym were asked");
            return 0;
        });
    }

    [Fact]
    public void AfterManyQuestions_AnswersStayTheSame()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("a", "Sparse Mixture-of-Experts (MoE) layers", "Mixture-of-Experts (MoE) models route tokens to experts."),
            TestPapers.Make("b", "Graph neural networks (GNN) at scale", "Graph neural networks (GNN) pass messages."));
        temp.Index.WithSearcher(searcher =>
        {
            var moe = string.Join(' ', AcronymTerms.StemsOf("mixture of experts"));
            var gnn = string.Join(' ', AcronymTerms.StemsOf("graph neural networks"));
            // Enough questions for the reader to load its long forms on another thread; answers are the same before and after.
            for (var i = 0; i < 3000; i++)
            {
                var dictionary = AcronymDictionary.For(searcher.IndexReader);
                Assert.Null(dictionary.AcronymOf($"run {i}"));
                Assert.Equal("moe", dictionary.AcronymOf(moe));
                Assert.Equal("gnn", dictionary.AcronymOf(gnn));
                if (i == 2999)
                {
                    Thread.Sleep(200);
                    Assert.Equal("moe", AcronymDictionary.For(searcher.IndexReader).AcronymOf(moe));
                    Assert.Null(AcronymDictionary.For(searcher.IndexReader).AcronymOf("graph neural"));
                }
            }
            return 0;
        });
    }
}
