using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Snippets;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// Indexing gives the compound field only the hyphenated runs of a text: its analyzer must then yield exactly the
/// terms it yields from the whole text, for real abstracts and for the edges (Unicode hyphens and spaces, hyphens at
/// the ends of a text or run, runs longer than the tokenizer's 255-character limit, surrogate pairs); and the
/// highlighter, reading the runs where they stand, must find the same tokens at the same places.
/// </summary>
public sealed class HyphenatedRunsTests(ITestOutputHelper output)
{
    public static TheoryData<string> Edges() =>
    [
        "",
        "no hyphens at all",
        "-",
        "- -- ---",
        "co-design",
        "-leading and trailing-",
        "state-of-the-art\u00A0non\u2011breaking\u2010hyphens\u2007figure\u202Fnarrow",
        "tab\tse-parated\nline-broken\r\nwindows-style\u2028line\u2029para-graph\u3000ideographic-space",
        "(Mixture-of-Experts), ResNet-50, e.g.-like, x-ray; 3-D",
        "𝔘nicode-𝔰urrogates and emoji-🙂-words",
        new string('a', 300) + "-b long-run",
        new string('a', 254) + "-" + new string('b', 300) + " tail-end",
        "x " + string.Concat(Enumerable.Repeat("ab-", 200)) + " y",
        string.Concat(Enumerable.Repeat("𝔘", 130)) + "-z",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void SameCompoundTermsAsTheWholeText_Edges(string text) => AssertSameTerms(text);

    [Fact]
    public void SameCompoundTermsAsTheWholeText_Abstracts()
    {
        var papers = SharedData.SamplePapers();
        var terms = 0;
        foreach (var paper in papers)
        {
            terms += AssertSameTerms(paper.Title + "\n" + paper.Abstract);
        }
        output.WriteLine($"{papers.Count} texts, {terms} compound terms");
        Assert.True(terms > 0);
    }

    [Fact]
    public void TwoTexts_SameRunsAsTheTwoJoinedByALineBreak()
    {
        var texts = ((IEnumerable<object[]>)Edges()).Select(row => (string)row[0]).ToList();
        foreach (var first in texts)
        {
            foreach (var second in texts)
            {
                Assert.Equal(HyphenatedRuns.Of(first + "\n" + second), HyphenatedRuns.Of(first, second));
            }
        }
        var papers = SharedData.SamplePapers(2000);
        foreach (var paper in papers)
        {
            Assert.Equal(HyphenatedRuns.Of(paper.Title + "\n" + paper.Abstract), HyphenatedRuns.Of(paper.Title, paper.Abstract));
        }
        output.WriteLine($"{texts.Count * texts.Count} pairs of edge texts, {papers.Count} papers");
    }

    private static int AssertSameTerms(string text)
    {
        using var analyzer = new CompoundAnalyzer();
        var whole = analyzer.Terms(PaperFields.Compound, text);
        var runs = analyzer.Terms(PaperFields.Compound, HyphenatedRuns.Of(text));
        Assert.Equal(whole, runs);
        // The highlighter reads the runs in place: same terms, character ranges and positions as the whole text.
        var tokens = TextTokens.Analyze(Analyzers, PaperFields.Compound, text);
        var expected = WholeText(text);
        Assert.Equal(expected, Enumerable.Range(0, tokens.Count).Select(i => (tokens.Term(i), tokens.Range(i).Start, tokens.Range(i).End, tokens.Position(i))).ToList());
        return whole.Count;
    }

    private static readonly Lucene.Net.Analysis.Analyzer Analyzers = PaperAnalyzers.Create();

    private static List<(string, int, int, int)> WholeText(string text)
    {
        var tokens = new List<(string, int, int, int)>();
        using var stream = Analyzers.GetTokenStream(PaperFields.Compound, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }
}
