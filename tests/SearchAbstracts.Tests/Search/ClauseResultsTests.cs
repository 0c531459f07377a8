using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Kept clause results (<see cref="ClauseResults"/>) are found again for an equal clause (a new but equal query
/// object), never for one that scores differently (another boost, outer boost or BM25 parameters) or for a refreshed
/// index; a search reads them rather than scoring again; and only short phrase and either-or clauses are kept.
/// </summary>
public sealed class ClauseResultsTests
{
    private static readonly BM25Similarity Bm25 = new(0.9f, 0.4f);

    [Fact]
    public void AnEqualClauseFindsTheSameResults_AnyDifferenceAnother()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var entry = ClauseResults.For(searcher, LongForm(0.3f), 1f, Bm25);
            Assert.Same(entry, ClauseResults.For(searcher, LongForm(0.3f), 1f, Bm25));
            Assert.NotSame(entry, ClauseResults.For(searcher, LongForm(0.5f), 1f, Bm25));
            Assert.NotSame(entry, ClauseResults.For(searcher, LongForm(0.3f), 2f, Bm25));
            Assert.NotSame(entry, ClauseResults.For(searcher, LongForm(0.3f), 1f, new BM25Similarity(1.2f, 0.75f)));
            var other = LongForm(0.3f);
            other.Slop = 0;
            Assert.NotSame(entry, ClauseResults.For(searcher, other, 1f, Bm25));
            return 0;
        });
    }

    [Fact]
    public void ChangingTheClauseAfterwardsDoesNotChangeTheKey()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var clause = LongForm(0.3f);
            var entry = ClauseResults.For(searcher, clause, 1f, Bm25);
            clause.Boost = 7f;
            Assert.Same(entry, ClauseResults.For(searcher, LongForm(0.3f), 1f, Bm25));
            return 0;
        });
    }

    [Fact]
    public void ASearchReadsWhatWasKept()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery { { new TermQuery(new Term(PaperFields.Text, "quantiz")), Occur.SHOULD }, { LongForm(0.3f), Occur.SHOULD } };
            var first = Scores(searcher, query);
            Assert.NotEmpty(first);
            var entry = ClauseResults.For(searcher, LongForm(0.3f), 1f, (BM25Similarity)searcher.Similarity);
            Assert.All(searcher.IndexReader.Leaves, leaf => Assert.NotNull(entry.Get(leaf.Ord)));
            // A planted result: the next search must add it, proving it reads the kept results instead of scoring again.
            var leaf = searcher.IndexReader.Leaves[0];
            entry.Set(leaf.Ord, new ClauseResults.SegmentHits([0], [1000f]));
            var second = Scores(searcher, (BooleanQuery)query.Clone());
            Assert.True(second[leaf.DocBase] >= 1000f);
            return 0;
        });
    }

    [Fact]
    public void ARefreshedIndexStartsAfresh()
    {
        using var temp = TempIndex.FromSeeds();
        var before = temp.Index.WithSearcher(searcher => ClauseResults.For(searcher, LongForm(0.3f), 1f, Bm25));
        using (var writer = temp.Index.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("new-paper", "A large language model", "Large language models are large."));
            writer.Commit();
        }
        var after = temp.Index.WithSearcher(searcher => ClauseResults.For(searcher, LongForm(0.3f), 1f, Bm25));
        Assert.NotSame(before, after);
    }

    [Fact]
    public void OnlyShortPhrasesAndEitherOrsAreKept()
    {
        Assert.True(ClauseResults.Worthwhile(LongForm(1f)));
        Assert.True(ClauseResults.Worthwhile(new DisjunctionMaxQuery(0f) { new TermQuery(new Term(PaperFields.Text, "llm")), LongForm(0.3f) }));
        Assert.False(ClauseResults.Worthwhile(new TermQuery(new Term(PaperFields.Text, "llm"))));
        Assert.False(ClauseResults.Worthwhile(new BooleanQuery { { LongForm(1f), Occur.SHOULD } }));
        var title = new PhraseQuery();
        foreach (var word in Enumerable.Range(0, ClauseResults.MaxTerms + 1))
        {
            title.Add(new Term(PaperFields.Title, "w" + word));
        }
        Assert.False(ClauseResults.Worthwhile(title));
    }

    private static PhraseQuery LongForm(float boost)
    {
        var phrase = new PhraseQuery { Slop = 2, Boost = boost };
        phrase.Add(new Term(PaperFields.Text, "quantiz"));
        phrase.Add(new Term(PaperFields.Text, "model"));
        return phrase;
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query)
    {
        var collector = new AllScores();
        DisjunctionSearch.Search(searcher, query, collector);
        return collector.Docs;
    }
}
