using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Analysis;

public sealed class ReplayTokenStreamTests
{
    private static readonly EnglishTextAnalyzer Analyzer = new();

    public static TheoryData<string, string> Texts => new()
    {
        { "The role of the", "Of the models, the best is the one that quantizes." },
        { "Model quantization", "The quantized model" },
        { "", "An abstract without a title, ending in of the" },
        { "A title without an abstract of the", "" },
        { "the of", "and the" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Replay_GivesWhatAnalyzingTheJoinedTextGives(string title, string summary)
    {
        var joined = Tokens(Analyzer.GetTokenStream("text", title + "\n" + summary));
        var replayed = Tokens(new ReplayTokenStream().Replay(Analyze(title), Analyze(summary)));
        Assert.Equal(joined, replayed);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReplayAfter_PutsThePartWhereItIsAfterTheFirst(string title, string summary)
    {
        var before = Analyze(title);
        var part = Analyze(summary);
        var both = Tokens(new ReplayTokenStream().Replay(before, part)).Skip(before.Count).ToList();
        var after = Tokens(new ReplayTokenStream().ReplayAfter(before, part));
        Assert.Equal(both.Select(t => (t.Term, t.Position)), after.Select(t => (t.Term, t.Position)));
        // Only the first token moves: the rest keep their increments, so phrases and the field's length are unchanged.
        Assert.Equal(both.Skip(1).Select(t => t.Increment), after.Skip(1).Select(t => t.Increment));
        Assert.Equal(Tokens(new ReplayTokenStream().Replay(part)).Skip(1), after.Skip(1).Select(t => (t.Term, t.Increment, t.Position - before.PositionSpan)));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void TextLength_CountsWhatLuceneCountsWhenIndexingTheReplay(string title, string summary)
    {
        var flat = Tokens(new ReplayTokenStream().Replay(Analyze(title), Analyze(summary)));
        var length = new TextLength().Of(Analyze(title), Analyze(summary));
        Assert.Equal(flat.Count, length.Length);
        Assert.Equal(flat.Count(t => t.Increment == 0), length.Overlaps);

        var after = Tokens(new ReplayTokenStream().ReplayAfter(Analyze(title), Analyze(summary)));
        var afterLength = new TextLength().After(Analyze(title), Analyze(summary));
        Assert.Equal(after.Count, afterLength.Length);
        Assert.Equal(after.Count(t => t.Increment == 0), afterLength.Overlaps);
    }

    [Fact]
    public void TextLength_CountsTokensAtTheSamePosition()
    {
        // The English analyzer never stacks tokens; a synonym-like stream does.
        var stacked = AnalyzedTextOf(new Stacked());
        var length = new TextLength();
        Assert.Equal((3, 1), (length.Of(stacked).Length, length.Overlaps));
        Assert.Equal((6, 2), (length.Of(stacked, stacked).Length, length.Overlaps));
        Assert.Equal((3, 1), (length.After(stacked, stacked).Length, length.Overlaps));
    }

    private static AnalyzedText Analyze(string text) => AnalyzedText.Analyze(Analyzer, "text", text);

    private static AnalyzedText AnalyzedTextOf(TokenStream stream) =>
        AnalyzedText.Analyze(new StreamAnalyzer(stream), "text", "unused");

    /// <summary>Each token's text, increment and absolute position, as Lucene's inverter computes them.</summary>
    private static List<(string Term, int Increment, int Position)> Tokens(TokenStream stream)
    {
        var result = new List<(string, int, int)>();
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), increment.PositionIncrement, position));
        }
        stream.End();
        stream.Dispose();
        return result;
    }

    /// <summary>"a", then "b" and "c" at one position.</summary>
    private sealed class Stacked : TokenStream
    {
        private static readonly (string Term, int Increment)[] Script = [("a", 1), ("b", 1), ("c", 0)];
        private readonly ICharTermAttribute _term;
        private readonly IPositionIncrementAttribute _increment;
        private int _next;

        public Stacked()
        {
            _term = AddAttribute<ICharTermAttribute>();
            _increment = AddAttribute<IPositionIncrementAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_next == Script.Length)
            {
                return false;
            }
            ClearAttributes();
            _term.SetEmpty().Append(Script[_next].Term);
            _increment.PositionIncrement = Script[_next].Increment;
            _next++;
            return true;
        }

        public override void Reset()
        {
            base.Reset();
            _next = 0;
        }
    }

    /// <summary>An analyzer that hands out one given stream.</summary>
    private sealed class StreamAnalyzer(TokenStream stream) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
            new(new Lucene.Net.Analysis.Core.KeywordTokenizer(reader), stream);
    }
}
