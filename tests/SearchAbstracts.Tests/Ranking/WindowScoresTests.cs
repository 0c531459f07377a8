using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Ranking;

/// <summary>
/// Scoring a window of hits word by word must give Lucene's own scores: BM25 (feedback) and DFR (fusion), over several
/// segments, with boosts, hits that match no word, and words missing from some segments.
/// </summary>
public sealed class WindowScoresTests(ITestOutputHelper output)
{
    [Fact]
    public void GallopTo_AnswersAsBinarySearchDoes()
    {
        var random = new Random(3);
        var answered = 0;
        foreach (var size in new[] { 0, 1, 2, 3, 7, 64, 1000, 20_000 })
        {
            // Ascending documents with gaps, as a word's postings in a segment.
            var docs = new int[size];
            for (int i = 0, doc = 0; i < size; i++)
            {
                doc += 1 + random.Next(size < 100 ? 3 : 40);
                docs[i] = doc;
            }
            var last = size == 0 ? 10 : docs[^1] + 5;
            for (var round = 0; round < 2000; round++)
            {
                var from = random.Next(size + 1);
                var target = random.Next(-2, last);
                Assert.Equal(Array.BinarySearch(docs, from, size - from, target), WindowScores.GallopTo(docs, from, target));
                answered++;
            }
        }
        Assert.Equal(16_000, answered);
    }

    [Fact]
    public void OfWords_SameScoresAsLucenesScorer()
    {
        var papers = SharedData.SamplePapers(1500);
        output.WriteLine($"{papers.Count} papers");
        // Five commits: five segments, so that hits cross segment boundaries and segments are scored concurrently.
        using var temp = TempIndex.InCommits(papers.Chunk((papers.Count / 5) + 1));
        var random = new Random(11);
        var compared = temp.Index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 4 || papers.Count < 20);
            var vocabulary = papers.SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Title)).Distinct().Order(StringComparer.Ordinal).ToArray();
            var count = 0;
            foreach (var similarity in new Similarity[] { AbstractsIndex.Similarity, new DFRSimilarity(new BasicModelIne(), new AfterEffectB(), new NormalizationH2()) })
            {
                var scoring = new IndexSearcher(searcher.IndexReader) { Similarity = similarity };
                for (var round = 0; round < 40; round++)
                {
                    var query = new BooleanQuery { Boost = round % 2 == 0 ? 1f : 2.5f };
                    foreach (var word in Enumerable.Range(0, 1 + random.Next(20)).Select(_ => vocabulary[random.Next(vocabulary.Length)]).Append("nosuchwordanywhere").Distinct())
                    {
                        query.Add(new TermQuery(new Term(PaperFields.Text, word)) { Boost = (float)random.NextDouble() + 0.01f }, Occur.SHOULD);
                    }
                    var hits = Enumerable.Range(0, Math.Min(200, searcher.IndexReader.MaxDoc))
                        .Select(_ => random.Next(searcher.IndexReader.MaxDoc)).Distinct().Select(d => new ScoreDoc(d, 0)).ToArray();
                    var expected = WindowScores.ByScorer(scoring, query, hits);
                    var actual = WindowScores.OfWords(scoring, query, hits);
                    for (var i = 0; i < hits.Length; i++)
                    {
                        Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5 * Math.Max(1, Math.Abs(expected[i])),
                            $"{similarity}, {query}, doc {hits[i].Doc}: expected {expected[i]}, got {actual[i]}");
                        count += expected[i] > 0 ? 1 : 0;
                    }
                }
            }
            return count;
        });
        output.WriteLine($"{compared} non-zero scores compared");
        Assert.True(compared > 100, $"only {compared} non-zero scores compared");
    }
}
