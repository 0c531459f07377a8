using Lucene.Net.Documents;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Ranking;

/// <summary>
/// Feedback tells its caller the documents it learned from as soon as they are read (the search starts the likely page
/// on them), each with its own stored fields, and when it has chosen its words; the ranking is the same with or without
/// being told. The words chosen by rarity are exactly the twenty of largest weight × IDF (ties by word) among all the
/// candidates, though most candidates are never looked up.
/// </summary>
public sealed class RelevanceFeedbackTests
{
    [Fact]
    public void ChooseByRarity_ChoosesWhatScoringEveryCandidateChooses()
    {
        var papers = SharedData.SamplePapers(1200);
        using var temp = TempIndex.InCommits(papers.Chunk(500));
        var random = new Random(23);
        var rounds = temp.Index.WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var vocabulary = papers.Take(200).SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Abstract)).Distinct().ToArray();
            for (var round = 0; round < 40; round++)
            {
                // Few distinct weights: many ties, across the batches the visit looks words up in. Some words in no paper.
                var weights = vocabulary.OrderBy(_ => random.Next()).Take(50 + random.Next(600))
                    .Append("nosuchwordanywhere" + round)
                    .ToDictionary(w => w, _ => (1 + random.Next(round % 2 == 0 ? 4 : 400)) / 1000.0, StringComparer.Ordinal);
                var docs = reader.NumDocs;
                var expected = weights
                    .Select(kv => new KeyValuePair<string, double>(kv.Key, kv.Value * Math.Log(1 + ((docs - reader.DocFreq(new Lucene.Net.Index.Term(PaperFields.Text, kv.Key)) + 0.5) / (reader.DocFreq(new Lucene.Net.Index.Term(PaperFields.Text, kv.Key)) + 0.5)))))
                    .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(20).ToList();
                Assert.Equal(expected, RelevanceFeedback.ChooseByRarity(reader, weights));
            }
            return 40;
        });
        Assert.Equal(40, rounds);
    }

    [Fact]
    public void Rerank_TellsTheFeedbackDocumentsWithTheirOwnStoredFields_ThenWhenTheWordsAreChosen()
    {
        // SciFact's first 600 papers when they are here, else the seed: either gives more than ten hits.
        var papers = SharedData.SamplePapers(600);
        using var temp = TempIndex.InCommits(papers.Chunk((papers.Count / 3) + 1));
        temp.Index.WithSearcher(searcher =>
        {
            var query = new BooleanQuery();
            foreach (var word in papers.Take(3).SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Title)).Distinct())
            {
                query.Add(new TermQuery(new Lucene.Net.Index.Term(PaperFields.Text, word)), Occur.SHOULD);
            }
            var firstPass = searcher.Search(query, 50).ScoreDocs;
            Assert.True(firstPass.Length >= 12, $"only {firstPass.Length} hits");
            var events = new List<string>();
            ScoreDoc[]? told = null;
            Document[]? documents = null;
            var (ranked, expansion) = RelevanceFeedback.Rerank(searcher, firstPass, temp.Index.QueryAnalyzer, weighted: true, [], (docs, stored) =>
            {
                events.Add("read");
                (told, documents) = (docs, stored);
                return () => events.Add("chosen");
            });
            var (plain, _) = RelevanceFeedback.Rerank(searcher, firstPass, temp.Index.QueryAnalyzer, weighted: true);

            Assert.Equal(["read", "chosen"], events);
            Assert.NotNull(expansion);
            Assert.Equal(firstPass.Take(10).Select(d => d.Doc), told!.Select(d => d.Doc));
            Assert.Equal(told!.Select(d => PaperDocumentMapper.Load(searcher, d.Doc).Get(PaperFields.Id)), documents!.Select(d => d.Get(PaperFields.Id)));
            Assert.Equal(plain.Select(d => (d.Doc, d.Score)), ranked.Select(d => (d.Doc, d.Score)));
            return 0;
        });
    }
}
