using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// The term-at-a-time search must collect exactly what Lucene's own scorers collect: the same documents, each with
/// the same score to the bit, over several segments with deleted papers; with boosts inside and outside, fields with
/// and without norms, words missing from the index or from some segments, phrase and dismax clauses, and queries it
/// hands back to Lucene (a required clause).
/// </summary>
public sealed class DisjunctionSearchTests(ITestOutputHelper output)
{
    [Fact]
    public void CollectsTheSameDocumentsAndScoresAsLucene()
    {
        var papers = SharedData.SamplePapers(1500);
        output.WriteLine($"{papers.Count} papers");
        // Three commits: three segments. The last one replaces some papers of the first, leaving deleted documents behind.
        var parts = papers.Chunk((papers.Count / 3) + 1).ToList();
        parts[^1] = [.. parts[^1], .. parts[0].Take(Math.Max(1, parts[0].Length / 10))];
        using var temp = TempIndex.InCommits(parts);
        var random = new Random(5);
        var (compared, rounds) = temp.Index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 2 || papers.Count < 20);
            Assert.True(searcher.IndexReader.HasDeletions || papers.Count < 20);
            var vocabulary = papers.SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Title)).Distinct().Order(StringComparer.Ordinal).ToArray();
            string Word() => vocabulary[random.Next(vocabulary.Length)];
            var count = 0;
            var round = 0;
            for (; round < 120; round++)
            {
                var query = new BooleanQuery(disableCoord: round % 3 == 0) { Boost = round % 4 == 1 ? 2.5f : 1f };
                foreach (var word in Enumerable.Range(0, 1 + random.Next(25)).Select(_ => Word()).Append("nosuchwordanywhere").Distinct())
                {
                    // The text and title fields have norms; the compound field omits them.
                    var field = random.Next(4) switch { 0 => PaperFields.Title, 1 => PaperFields.Compound, _ => PaperFields.Text };
                    query.Add(new TermQuery(new Term(field, word)) { Boost = random.Next(3) == 0 ? 1f : (float)random.NextDouble() + 0.01f }, Occur.SHOULD);
                }
                if (round % 5 == 0)
                {
                    query.Add(new PhraseQuery { new Term(PaperFields.Text, Word()), new Term(PaperFields.Text, Word()) }, Occur.SHOULD);
                    var sloppy = new PhraseQuery { Slop = 1, Boost = 0.3f };
                    sloppy.Add(new Term(PaperFields.Title, Word()));
                    sloppy.Add(new Term(PaperFields.Title, Word()));
                    query.Add(sloppy, Occur.SHOULD);
                }
                if (round % 7 == 0)
                {
                    query.Add(new DisjunctionMaxQuery(0.1f) { new TermQuery(new Term(PaperFields.Text, Word())), new TermQuery(new Term(PaperFields.Title, Word())) }, Occur.SHOULD);
                }
                if (round % 6 == 0)
                {
                    // As an acronym and its long form: the acronym in three fields, or the long form as a sloppy phrase.
                    var acronym = new BooleanQuery();
                    foreach (var (field, boost) in new[] { (PaperFields.Text, 1f), (PaperFields.Title, 0.2f), (PaperFields.Venue, 0.1f) })
                    {
                        acronym.Add(new TermQuery(new Term(field, Word())) { Boost = boost }, Occur.SHOULD);
                    }
                    var longForm = new PhraseQuery { Slop = 2, Boost = 0.3f };
                    longForm.Add(new Term(PaperFields.Text, Word()));
                    longForm.Add(new Term(PaperFields.Text, Word()));
                    query.Add(new DisjunctionMaxQuery([acronym, longForm], 0f), Occur.SHOULD);
                }
                if (round % 11 == 0)
                {
                    // Not a pure disjunction: Lucene scores it.
                    query.Add(new TermQuery(new Term(PaperFields.Text, Word())), Occur.MUST);
                }
                var expected = new AllScores();
                searcher.Search(query, expected);
                // Twice: phrase and either-or clauses are scored by Lucene the first time, then read from what was kept.
                for (var time = 0; time < 2; time++)
                {
                    var actual = new AllScores();
                    DisjunctionSearch.Search(searcher, (Query)query.Clone(), actual);
                    expected.AssertSameAs(actual, query);
                }
                count += expected.Docs.Count;
            }
            return (count, round);
        });
        output.WriteLine($"{rounds} queries, {compared} (document, score) pairs compared");
        Assert.True(compared > 1000, $"only {compared} matches compared");
    }

    [Fact]
    public void TopHitsAndTotalAreLucenes()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery();
            foreach (var word in temp.Index.Analyzer.Terms(PaperFields.Text, "quantization of large language models"))
            {
                query.Add(new TermQuery(new Term(PaperFields.Text, word)), Occur.SHOULD);
            }
            var expected = searcher.Search(query, 5);
            var top = TopScoreDocCollector.Create(5, docsScoredInOrder: false);
            DisjunctionSearch.Search(searcher, query, top);
            var actual = top.GetTopDocs();
            Assert.True(expected.TotalHits > 1);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }

    [Fact]
    public void ASearchThatFailsHalfway_LeavesNothingBehindForTheNext()
    {
        using var temp = TempIndex.FromSeeds();
        temp.Index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery();
            foreach (var word in temp.Index.Analyzer.Terms(PaperFields.Text, "quantization of large language models"))
            {
                query.Add(new TermQuery(new Term(PaperFields.Text, word)), Occur.SHOULD);
            }
            // The collector fails on its first match: the segment's sums are added up but not yet handed out.
            Assert.Throws<InvalidOperationException>(() => DisjunctionSearch.Search(searcher, query, new FailingCollector()));
            var expected = new AllScores();
            searcher.Search(query, expected);
            var actual = new AllScores();
            DisjunctionSearch.Search(searcher, query, actual);
            Assert.True(expected.Docs.Count > 1);
            Assert.Equal(expected.Docs.OrderBy(d => d.Key), actual.Docs.OrderBy(d => d.Key));
            return 0;
        });
    }

    private sealed class FailingCollector : ICollector
    {
        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void Collect(int doc) => throw new InvalidOperationException("collector failed");
    }
}
