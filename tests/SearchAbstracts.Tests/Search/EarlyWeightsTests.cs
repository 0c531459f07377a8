using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// A weight started early is given to the search for an equal clause, once, and is the weight the search would have
/// made; a clause that was not started gets none; a failure reaches the search as it was thrown; and no weight is
/// left running once the search has finished.
/// </summary>
public sealed class EarlyWeightsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Take_GivesTheWeightStartedForAnEqualClause_Once(bool queued)
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            // Not queued: as when no worker is free, the search makes the weight itself rather than wait.
            var early = new EarlyWeights(queued);
            early.Start(searcher, Phrase("large", "language", "models"));
            Assert.Null(early.Take(Phrase("large", "language")));
            var weight = early.Take(Phrase("large", "language", "models"));
            Assert.NotNull(weight);
            Assert.Equal(Phrase("large", "language", "models"), weight.Query);
            Assert.Equal(0, early.Waiting);
            Assert.Null(early.Take(Phrase("large", "language", "models")));
            // The weight made early is the one made here: the same statistics, hence the same normalization value.
            Assert.Equal(Phrase("large", "language", "models").CreateWeight(searcher).GetValueForNormalization(), weight.GetValueForNormalization());
            return 0;
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AFailureToMakeTheWeight_IsThrownToTheSearchAsItWasThrown(bool queued)
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var early = new EarlyWeights(queued);
            var failing = new FailingQuery();
            early.Start(searcher, failing);
            var thrown = Assert.Throws<IOException>(() => early.Take(failing));
            Assert.Equal("damaged", thrown.Message);
            return 0;
        });
    }

    [Fact]
    public void Finish_WaitsForAWeightBeingMade()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var early = new EarlyWeights(queue: true);
            var slow = new SlowQuery();
            early.Start(searcher, slow);
            early.Start(searcher, new FailingQuery());
            Assert.True(slow.Started.Wait(TimeSpan.FromSeconds(30)), "the pool never began the weight");
            early.Finish();
            Assert.True(slow.Made);
            Assert.Equal(0, early.Waiting);
            return 0;
        });
    }

    [Fact]
    public void Finish_NeverMakesAWeightNotBegun()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var early = new EarlyWeights(queue: false);
            var slow = new SlowQuery();
            early.Start(searcher, slow);
            early.Finish();
            Assert.False(slow.Started.IsSet);
            Assert.Equal(0, early.Waiting);
            return 0;
        });
    }

    [Fact]
    public void ASearchTakingEarlyWeights_GivesTheSameScoresAsLucene()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var words = new[] { "large", "language", "models", "quantization", "of", "low", "bit", "weights", "for", "inference" };
            var query = new BooleanQuery();
            foreach (var word in words)
            {
                query.Add(new TermQuery(new Term(PaperFields.Text, word)), Occur.SHOULD);
            }
            // Over eight words, as a pasted title's phrase: scored by its own Lucene scorer. Three: kept per reader.
            var longPhrase = new PhraseQuery { Slop = 1 };
            var shortPhrase = new PhraseQuery { Slop = 1, Boost = 0.5f };
            for (var i = 0; i < words.Length; i++)
            {
                longPhrase.Add(new Term(PaperFields.Title, words[i]), i);
            }
            shortPhrase.Add(new Term(PaperFields.Title, "large"), 0);
            shortPhrase.Add(new Term(PaperFields.Title, "language"), 1);
            shortPhrase.Add(new Term(PaperFields.Title, "models"), 2);
            query.Add(longPhrase, Occur.SHOULD);
            query.Add(shortPhrase, Occur.SHOULD);
            var expected = new AllScores();
            searcher.Search(query, expected);
            var early = new EarlyWeights();
            // Equal clauses, not the same objects: the query may have been copied on the way.
            early.Start(searcher, (Query)longPhrase.Clone());
            early.Start(searcher, (Query)shortPhrase.Clone());
            var actual = new AllScores();
            DisjunctionSearch.Search(searcher, query, actual, early);
            expected.AssertSameAs(actual, query);
            Assert.True(expected.Docs.Count > 1);
            Assert.Equal(0, early.Waiting);
            return 0;
        });
    }

    private static PhraseQuery Phrase(params string[] words)
    {
        var phrase = new PhraseQuery { Slop = 1 };
        foreach (var word in words)
        {
            phrase.Add(new Term(PaperFields.Title, word));
        }
        return phrase;
    }

    private sealed class FailingQuery : Query
    {
        public override Weight CreateWeight(IndexSearcher searcher) => throw new IOException("damaged");

        public override string ToString(string field) => "failing";
    }

    private sealed class SlowQuery : Query
    {
        public ManualResetEventSlim Started { get; } = new();

        public bool Made { get; private set; }

        public override Weight CreateWeight(IndexSearcher searcher)
        {
            Started.Set();
            Thread.Sleep(200);
            Made = true;
            return new MatchAllDocsQuery().CreateWeight(searcher);
        }

        public override string ToString(string field) => "slow";
    }
}
