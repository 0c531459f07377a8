using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Common words' postings are decoded once and kept (<see cref="DecodedPostings"/>): a search that reads them must
/// collect exactly what Lucene's scorers collect, and window re-scoring must give Lucene's scores, over segments with
/// deleted papers; rare words are not kept; and a kept copy is what later searches really read.
/// </summary>
public sealed class DecodedPostingsTests(ITestOutputHelper output)
{
    [Fact]
    public void SearchesThatReadKeptPostings_CollectWhatLuceneCollects()
    {
        if (CommonWordsIndex() is not var (temp, words))
        {
            output.WriteLine("skipped: needs the SciFact corpus in ../shared/data/scifact (common words in over 512 papers of a segment)");
            return;
        }
        using (temp)
        {
            var random = new Random(3);
            var compared = temp.Index.WithSearcher(searcher =>
            {
                var count = 0;
                for (var round = 0; round < 30; round++)
                {
                    var query = new BooleanQuery { Boost = round % 3 == 0 ? 1.5f : 1f };
                    foreach (var word in Enumerable.Range(0, 2 + random.Next(8)).Select(_ => words[random.Next(words.Length)]).Distinct())
                    {
                        query.Add(new TermQuery(new Term(PaperFields.Text, word)) { Boost = (float)random.NextDouble() + 0.01f }, Occur.SHOULD);
                    }
                    var expected = new AllScores();
                    searcher.Search(query, expected);
                    // The first search decodes and keeps the postings, the second reads what was kept.
                    for (var time = 0; time < 2; time++)
                    {
                        var actual = new AllScores();
                        DisjunctionSearch.Search(searcher, (Query)query.Clone(), actual);
                        expected.AssertSameAs(actual, query);
                    }
                    count += expected.Docs.Count;
                }
                foreach (var word in words)
                {
                    var kept = DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, word));
                    Assert.NotNull(kept);
                    Assert.Contains(searcher.IndexReader.Leaves, leaf => kept.Get(leaf.Ord) is not null);
                }
                return count;
            });
            output.WriteLine($"{words.Length} common words, {compared} (document, score) pairs compared");
            Assert.True(compared > 10_000);
        }
    }

    [Fact]
    public void WindowScoresFromKeptPostings_AreLucenes()
    {
        if (CommonWordsIndex() is not var (temp, words))
        {
            output.WriteLine("skipped: needs the SciFact corpus in ../shared/data/scifact");
            return;
        }
        using (temp)
        {
            var random = new Random(8);
            temp.Index.WithSearcher(searcher =>
            {
                // Nothing is kept yet: the first windows decode and keep the words they need, later ones read them.
                foreach (var similarity in new Similarity[] { AbstractsIndex.Similarity, new DFRSimilarity(new BasicModelIne(), new AfterEffectB(), new NormalizationH2()) })
                {
                    var scoring = new IndexSearcher(searcher.IndexReader) { Similarity = similarity };
                    for (var round = 0; round < 20; round++)
                    {
                        var query = new BooleanQuery();
                        foreach (var word in Enumerable.Range(0, 1 + random.Next(20)).Select(_ => words[random.Next(words.Length)]).Distinct())
                        {
                            query.Add(new TermQuery(new Term(PaperFields.Text, word)) { Boost = (float)random.NextDouble() + 0.01f }, Occur.SHOULD);
                        }
                        var hits = Enumerable.Range(0, 200).Select(_ => random.Next(searcher.IndexReader.MaxDoc)).Distinct().Select(d => new ScoreDoc(d, 0)).ToArray();
                        var expected = WindowScores.ByScorer(scoring, query, hits);
                        var actual = WindowScores.OfWords(scoring, query, hits);
                        for (var i = 0; i < hits.Length; i++)
                        {
                            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected[i])),
                                $"{similarity}, {query}, doc {hits[i].Doc}: expected {expected[i]}, got {actual[i]}");
                        }
                    }
                }
                Assert.Contains(words, word => DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, word)) is not null);
                return 0;
            });
        }
    }

    [Fact]
    public void ALaterSearchReadsTheKeptCopy()
    {
        if (CommonWordsIndex() is not var (temp, words))
        {
            output.WriteLine("skipped: needs the SciFact corpus in ../shared/data/scifact");
            return;
        }
        using (temp)
        {
            temp.Index.WithSearcher(searcher =>
            {
                // Two words: a one-word boolean query is rewritten to the word's own query, which Lucene scores.
                var query = new BooleanQuery
                {
                    { new TermQuery(new Term(PaperFields.Text, words[0])), Occur.SHOULD },
                    { new TermQuery(new Term(PaperFields.Text, words[1])), Occur.SHOULD },
                };
                var before = new AllScores();
                DisjunctionSearch.Search(searcher, query, before);
                var leaf = searcher.IndexReader.Leaves.First(l => DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, words[0]))!.Get(l.Ord) is not null);
                var kept = DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, words[0]))!.Get(leaf.Ord)!;
                // A planted frequency: only a search that reads the kept copy can see it.
                kept.Freqs[0] += 50;
                var after = new AllScores();
                DisjunctionSearch.Search(searcher, (Query)query.Clone(), after);
                var doc = leaf.DocBase + kept.Docs[0];
                Assert.True(after.Docs[doc] > before.Docs[doc]);
                return 0;
            });
        }
    }

    [Fact]
    public void RareWordsAreNotKept()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery
            {
                { new TermQuery(new Term(PaperFields.Text, "quantiz")), Occur.SHOULD },
                { new TermQuery(new Term(PaperFields.Text, "model")), Occur.SHOULD },
            };
            DisjunctionSearch.Search(searcher, query, new AllScores());
            Assert.True(searcher.IndexReader.DocFreq(new Term(PaperFields.Text, "model")) > 0);
            Assert.Null(DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, "quantiz")));
            Assert.Null(DecodedPostings.Find(searcher.IndexReader, new Term(PaperFields.Text, "model")));
            return 0;
        });
    }

    /// <summary>All SciFact papers in three segments (the last replacing some of the first), and the words in over 512 papers of some segment.</summary>
    private static (TempIndex Temp, string[] Words)? CommonWordsIndex()
    {
        var papers = SharedData.SamplePapers();
        if (papers.Count < 3000)
        {
            return null;
        }
        var parts = papers.Chunk((papers.Count / 3) + 1).ToList();
        parts[^1] = [.. parts[^1], .. parts[0].Take(200)];
        var temp = TempIndex.InCommits(parts);
        var words = temp.Index.WithSearcher(searcher =>
        {
            var common = new HashSet<string>(StringComparer.Ordinal);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var terms = leaf.AtomicReader.GetTerms(PaperFields.Text)!.GetEnumerator();
                while (terms.MoveNext())
                {
                    if (terms.DocFreq >= DecodedPostings.MinDocFreq)
                    {
                        common.Add(terms.Term.Utf8ToString());
                    }
                }
            }
            return common.Order(StringComparer.Ordinal).ToArray();
        });
        Assert.True(words.Length >= 10, $"only {words.Length} common words");
        return (temp, words);
    }
}
