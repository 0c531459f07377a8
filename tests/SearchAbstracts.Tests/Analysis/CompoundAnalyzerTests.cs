using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// The compound field's analyzer remembers what each joined word became (<see cref="CachedTermFilter"/>): its tokens
/// must be those of the same chain run on every token, term for term, with the same offsets and positions, for words
/// met the first time and again, words too long to be remembered, accents and case, and real abstracts; and the
/// query side (one whole word) must give the same term as before.
/// </summary>
public sealed class CompoundAnalyzerTests(ITestOutputHelper output)
{
    public static TheoryData<string> Texts() =>
    [
        "",
        "co-design co-design Co-Design CO-DESIGN co-designed co-designing",
        "pre-training pre-trained Pre-Training, (pre-training) pre-training.",
        "naïve-Bayes naive-bayes Naïve-Bayes Ñandú-like state-of-the-art state-of-the-arts",
        "ResNet-50, ResNet-50; x-ray X-rays 3-D 3-d e.g.-like",
        string.Concat(Enumerable.Repeat("very-long-compound-", 4)) + "word " + string.Concat(Enumerable.Repeat("very-long-compound-", 4)) + "word",
        "𝔘nicode-𝔰urrogates emoji-🙂-words non\u2011breaking\u2010hyphens",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void SameTokensAsTheChainOnEveryToken(string text) => AssertSameTokens(text);

    [Fact]
    public void SameTokensAsTheChainOnEveryToken_Abstracts()
    {
        var papers = SharedData.SamplePapers(3000);
        var tokens = 0;
        // One analyzer for all, as in indexing: later papers meet words the cache already holds.
        foreach (var paper in papers)
        {
            tokens += AssertSameTokens(HyphenatedRuns.Of(paper.Title, paper.Abstract));
        }
        output.WriteLine($"{papers.Count} papers, {tokens} compound tokens");
        Assert.True(tokens > 0);
    }

    [Theory]
    [InlineData("Pre-Training")]
    [InlineData("naïve-Bayes")]
    [InlineData("pretraining")]
    [InlineData("x")]
    public void WholeInput_SameTermAsTheChain(string word)
    {
        using var cached = new CompoundAnalyzer(wholeInput: true);
        using var reference = new Reference(wholeInput: true);
        Assert.Equal(Tokens(reference, word), Tokens(cached, word));
        Assert.Equal(Tokens(reference, word), Tokens(cached, word));
    }

    private static readonly CompoundAnalyzer Cached = new();
    private static readonly Reference Uncached = new(wholeInput: false);

    private static int AssertSameTokens(string text)
    {
        var expected = Tokens(Uncached, text);
        Assert.Equal(expected, Tokens(Cached, text));
        return expected.Count;
    }

    private static List<(string Term, int Start, int End, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream(PaperFields.Compound, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        }
        stream.End();
        tokens.Add(("(end)", offset.StartOffset, offset.EndOffset, increment.PositionIncrement));
        return tokens;
    }

    /// <summary>The chain as it was before words were remembered: every filter on every token.</summary>
    private sealed class Reference(bool wholeInput) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            Tokenizer source = wholeInput ? new KeywordTokenizer(reader) : new WhitespaceTokenizer(LuceneSettings.Version, reader);
            TokenStream stream = wholeInput ? source : new HyphenCompoundFilter(source);
            stream = new LowerCaseFilter(LuceneSettings.Version, stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    }
}
