using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// <see cref="AnalyzedText"/> reads an ASCII text's words straight from the tokenizer into the word cache
/// (<see cref="CachedTermFilter.TryAppendAll"/>), not token by token through the attributes: it must hold exactly what
/// the token stream gives one token at a time (terms, increments, the trailing increment, and each word's number in the
/// cache), for real titles and abstracts read twice (the cache filling, then serving), for the edges of the chain, and
/// for multi-valued fields, whose values carry positions over from one to the next.
/// </summary>
public sealed class AnalyzedTextTests
{
    public static TheoryData<string> Edges() =>
    [
        "",
        "the of and",
        "The model of the",
        "Stop words at the end of the",
        "a " + new string('b', 60) + " the " + new string('c', 300) + " of",
        new string('x', 300) + " model " + new string('y', 256),
        "model " + new string('z', 300),
        new string('x', 48) + " " + new string('y', 49) + " " + new string('X', 48),
        "It's what we'd do with 3.5% of CO2 at 10^-3 K; e.g. x-ray, __init__ and _",
        "naïve café: not ASCII, so Lucene's own tokenizer reads it",
        "Models, models and MODELS: model modeling modelled.",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Analyze_HoldsWhatTheStreamGivesTokenByToken_Edges(string text)
    {
        using var fast = new EnglishTextAnalyzer();
        using var reference = new EnglishTextAnalyzer();
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(TokenByToken(reference, PaperFields.Abstract, [text], 0), Contents(AnalyzedText.Analyze(fast, PaperFields.Abstract, text)));
        }
    }

    [Fact]
    public void Analyze_HoldsWhatTheStreamGivesTokenByToken_TitlesAndAbstracts()
    {
        var texts = SharedData.SamplePapers(3000).SelectMany(p => new[] { p.Title, p.Abstract }).ToList();
        using var fast = new EnglishTextAnalyzer();
        using var reference = new EnglishTextAnalyzer();
        var reuse = AnalyzedText.CreateReusable();
        var tokens = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in texts)
            {
                var expected = TokenByToken(reference, PaperFields.Abstract, [text], 0);
                Assert.Equal(expected, Contents(AnalyzedText.Analyze(fast, PaperFields.Abstract, text, reuse)));
                tokens += expected.Tokens.Count;
            }
        }
        Assert.True(tokens > 1000, $"only {tokens} tokens compared");
    }

    [Fact]
    public void AnalyzeValues_CarriesGapsAndDroppedWords_AsTheStreamDoes()
    {
        string[][] valueLists =
        [
            ["Ada Lovelace", "Charles Babbage"],
            ["the", "of", "Ada Lovelace"],
            ["Ada Lovelace", "the of"],
            ["", "Babbage", "", ""],
            ["Zoë Ångström", "Ada Lovelace"],
        ];
        foreach (var (analyzer, reference) in new (Analyzer, Analyzer)[] { (new NameAnalyzer(), new NameAnalyzer()), (new EnglishTextAnalyzer(), new EnglishTextAnalyzer()) })
        {
            foreach (var values in valueLists)
            {
                var gap = reference.GetPositionIncrementGap(PaperFields.Author);
                Assert.Equal(TokenByToken(reference, PaperFields.Author, values, gap), Contents(AnalyzedText.AnalyzeValues(analyzer, PaperFields.Author, values, AnalyzedText.CreateReusable())));
            }
        }
    }

    private static Expected Contents(AnalyzedText text) => new(
        [.. Enumerable.Range(0, text.Count).Select(i => (new string(text.Buffer, text.Start(i), text.Length(i)), text.Increment(i), text.Entry(i)))],
        text.TrailingIncrement);

    /// <summary>What the analyzer's stream gives one token at a time, values after values with <paramref name="gap"/> between them.</summary>
    private static Expected TokenByToken(Analyzer analyzer, string field, IReadOnlyList<string> values, int gap)
    {
        var tokens = new List<(string, int, int)>();
        var carried = 0;
        for (var v = 0; v < values.Count; v++)
        {
            if (v > 0)
            {
                carried += gap;
            }
            using var stream = analyzer.GetTokenStream(field, values[v]);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            var cached = stream as CachedTermFilter;
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement + carried, cached?.Entry ?? -1));
                carried = 0;
            }
            stream.End();
            carried += increment.PositionIncrement;
        }
        return new Expected(tokens, carried);
    }

    private sealed record Expected(List<(string Term, int Increment, int Entry)> Tokens, int Trailing)
    {
        public bool Equals(Expected? other) => other is not null && Tokens.SequenceEqual(other.Tokens) && Trailing == other.Trailing;

        public override int GetHashCode() => HashCode.Combine(Tokens.Count, Trailing);
    }
}
