using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ingest;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;
using SearchAbstracts.Snippets;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Snippets;

/// <summary>
/// The direct word-and-phrase highlighter must mark exactly what Lucene's span-aware <c>QueryScorer</c> marks, on
/// real abstracts: the seed always, and 100 SciFact abstracts with 120 SciFact queries and phrases cut from the
/// abstracts themselves when <c>../shared/data/scifact</c> is present.
/// </summary>
public sealed class HitHighlighterEquivalenceTests(ITestOutputHelper output)
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = PaperAnalyzers.Create();

    [Fact]
    public void SeedPapers_WordAndPhraseQueries_SameRangesAsQueryScorer()
    {
        var papers = ListingReader.ReadFile(Directory.GetFiles(TestPaths.Seeds, "*.txt").Single()).Papers;
        var compared = Compare(papers, papers.Select(p => p.Title).Concat(["quantization", "\"neural network\"", "deep -learning"]).ToList());
        Assert.True(compared > 50, $"only {compared} texts compared");
    }

    [Fact]
    public void SciFact_WordAndPhraseQueries_SameRangesAsQueryScorer()
    {
        if (SharedData.Folder("scifact") is not string folder)
        {
            output.WriteLine($"{SharedData.Root}/scifact not found; skipping the real-data comparison.");
            return;
        }
        var papers = JsonLinesReader.ReadFile(Path.Combine(folder, "corpus.jsonl.gz")).Papers.Take(100).ToList();
        var queries = File.ReadLines(Path.Combine(folder, "queries.jsonl")).Take(120)
            .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!).ToList();
        // Phrases from the abstracts, with stop words inside ("of the") so that position gaps are exercised.
        var random = new Random(7);
        foreach (var paper in papers)
        {
            var words = paper.Abstract.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 5)
            {
                var start = random.Next(words.Length - 4);
                queries.Add($"\"{string.Join(' ', words[start..(start + 2 + random.Next(3))]).Trim('.', ',', ';', ':', '(', ')', '"')}\"");
            }
        }
        var compared = Compare(papers, queries);
        output.WriteLine($"{queries.Count} queries × {papers.Count} papers: {compared} texts with marks compared");
        Assert.True(compared > 1000, $"only {compared} texts compared");
    }

    [Fact]
    public void CompoundAndFlatFieldTerms_SameRangesAsQueryScorer()
    {
        const string text = "A multi-modal co-design of the pipeline; multimodal pipelines co-design again.";
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(PaperFields.Text, "pipelin")), Occur.SHOULD },
            { new TermQuery(new Term(PaperFields.Compound, Analyzer.Terms(PaperFields.Compound, "multi-modal").Single())), Occur.SHOULD },
            { new TermQuery(new Term(PaperFields.Compound, Analyzer.Terms(PaperFields.Compound, "co-design").Single())), Occur.SHOULD },
        };
        var fast = new HitHighlighter(query, Analyzer).Find(PaperFields.Abstract, text);
        Assert.Equal(new HitHighlighter(query, Analyzer, useQueryScorer: true).Find(PaperFields.Abstract, text), fast);
        Assert.Equal(["multi-modal co-design", "pipeline", "pipelines co-design"], fast.Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void RepeatedPhraseWord_MarksTheWholePhrase()
    {
        // Lucene's QueryScorer marks "short-term" and "long" here: it keeps one position per word of a phrase.
        const string text = "The mortality for short-term and long-term suppression.";
        var query = QueryBuilder.Build("\"short-term and long-term\"", Analyzer, RankingProfile.Default, plainWords: false, []);
        Assert.Equal(["short-term", "long-term"], new HitHighlighter(query, Analyzer).Find(PaperFields.Abstract, text).Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void PhraseWithStopWordGap_MarksOnlyWhereThePhraseMatched()
    {
        // The query "which was lower" matches "which was lower" only; QueryScorer also marks "which habitual exercise lowers".
        const string text = "One mechanism by which habitual exercise lowers risk, which was lower in men.";
        var query = QueryBuilder.Build("\"which was lower\"", Analyzer, RankingProfile.Default, plainWords: false, []);
        Assert.Equal(["which", "lower"], new HitHighlighter(query, Analyzer).Find(PaperFields.Abstract, text).Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void ExcludedWord_IsNotMarked()
    {
        const string text = "Deep learning and shallow learning.";
        var query = QueryBuilder.Build("shallow -learning", Analyzer, RankingProfile.Default, plainWords: false, []);
        Assert.Equal(["shallow"], new HitHighlighter(query, Analyzer).Find(PaperFields.Abstract, text).Select(r => text[r.Start..r.End]));
    }

    [Fact]
    public void SloppyPhrase_MarksWordsWithinTheSlop()
    {
        const string text = "A mixture of the experts model; experts mixture.";
        var query = new PhraseQuery { Slop = 2 };
        query.Add(new Term(PaperFields.Text, "mixtur"));
        query.Add(new Term(PaperFields.Text, "expert"));
        var fast = new HitHighlighter(query, Analyzer).Find(PaperFields.Abstract, text).Select(r => text[r.Start..r.End]).ToList();
        Assert.Equal(["mixture", "experts"], fast);
    }

    /// <summary>Highlights every paper's title and abstract for every query both ways; returns how many texts had marks.</summary>
    private static int Compare(IReadOnlyList<Paper> papers, IReadOnlyList<string> queries)
    {
        var compared = 0;
        foreach (var text in queries)
        {
            Query query;
            try
            {
                query = QueryBuilder.Build(text, Analyzer, RankingProfile.Default, plainWords: false, []);
            }
            catch (InvalidRequestException)
            {
                continue;
            }
            if (QueryScorerApproximates(query))
            {
                continue;
            }
            var fast = new HitHighlighter(query, Analyzer);
            var slow = new HitHighlighter(query, Analyzer, useQueryScorer: true);
            foreach (var paper in papers)
            {
                foreach (var (field, value) in new[] { (PaperFields.Title, paper.Title), (PaperFields.Abstract, paper.Abstract) })
                {
                    var expected = slow.Find(field, value);
                    Assert.True(expected.SequenceEqual(fast.Find(field, value)),
                        $"query {text}, {field} of {paper.Id}: expected [{Show(expected, value)}], got [{Show(fast.Find(field, value), value)}]");
                    compared += expected.Count > 0 ? 1 : 0;
                }
            }
        }
        return compared;
    }

    /// <summary>
    /// Phrases where QueryScorer does not mark what the query matched: a word the phrase holds twice (it keeps one position
    /// per word), and a gap left by a stop word (it widens the slop by the gap and lets the words come in any order).
    /// </summary>
    private static bool QueryScorerApproximates(Query query) =>
        QueryWords.Of(query) is QueryWords words && words.Fields.Any(f => words.Phrases(f).Any(p =>
            p.Words.Distinct().Count() < p.Words.Length || p.Positions.Zip(p.Positions.Skip(1)).Any(pair => pair.Second - pair.First > 1)));

    private static string Show(IReadOnlyList<HighlightRange> ranges, string text) => string.Join(" | ", ranges.Select(r => text[r.Start..r.End]));
}
