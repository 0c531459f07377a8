using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// <see cref="EnglishTextAnalyzer"/> remembers what each word became (<see cref="CachedTermFilter"/>): its tokens must be
/// exactly those of the plain filter chain (terms, positions, offsets, types, and the increment and offset at the end),
/// for real abstracts read twice (the second time almost all hits), for the edges of each filter, with and without the
/// query stop words, and when the cache is too small to hold a text's words.
/// </summary>
public sealed class CachedTermFilterTests(ITestOutputHelper output)
{
    public static TheoryData<string> Edges() =>
    [
        "",
        "the of and",
        "Stop words at the end of the",
        "THE The tHe; A an AN",
        "Smith's model, Smith’s model, Smith＇s model and SMITH'S MODELS's",
        "naïve Naïve NAÏVE naive café Ærø straße",
        "running runs ran Runner RUNNING generalization Generalizations",
        "It's what we'd do with 3.5% of CO2 at 10^-3 K; e.g. x-ray",
        "a " + new string('b', 60) + " the " + new string('c', 300) + " of",
        new string('x', 48) + " " + new string('y', 49) + " " + new string('X', 48),
        "𝔘nicode 𝔰urrogates 😀 and 中文 text and ÉCOLE",
        "no such  whitespace\t\ttabs\r\nand\u00A0nbsp",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void SameTokensAsThePlainChain_Edges(string text)
    {
        foreach (var queryStopWords in new[] { false, true })
        {
            using var cached = new EnglishTextAnalyzer(queryStopWords);
            using var plain = new PlainChain(queryStopWords);
            // Twice: the first reading fills the cache, the second is served from it.
            Assert.Equal(Tokens(plain, text), Tokens(cached, text));
            Assert.Equal(Tokens(plain, text), Tokens(cached, text));
        }
    }

    [Fact]
    public void SameTokensAsThePlainChain_Abstracts()
    {
        var texts = SharedData.SamplePapers().SelectMany(p => new[] { p.Title, p.Abstract }).ToList();
        using var cached = new EnglishTextAnalyzer();
        using var plain = new PlainChain(queryStopWords: false);
        var tokens = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var text in texts)
            {
                var expected = Tokens(plain, text);
                Assert.Equal(expected, Tokens(cached, text));
                tokens += expected.Count;
            }
        }
        output.WriteLine($"{texts.Count} texts read twice, {tokens} tokens");
        Assert.True(tokens > texts.Count);
    }

    [Fact]
    public void SameTokensAsThePlainChain_WhenTheCacheKeepsFillingUp()
    {
        var texts = SharedData.SamplePapers(200).SelectMany(p => new[] { p.Title, p.Abstract }).ToList();
        using var tiny = new TinyCache();
        using var plain = new PlainChain(queryStopWords: true);
        foreach (var text in texts)
        {
            Assert.Equal(Tokens(plain, text), Tokens(tiny, text));
        }
    }

    /// <summary>
    /// Fed by the ASCII tokenizer, the filter hashes the words a few ahead (to fetch their slots early) and looks each
    /// word up by the hash kept for it: a hash kept for the wrong word would make a remembered word look new and be
    /// added again. Every distinct word must be added once, over texts read twice, short ones and long ones, with and
    /// without stop words and non-ASCII texts (no look-ahead) between them.
    /// </summary>
    [Fact]
    public void LookAhead_AddsEachDistinctWordOnce()
    {
        var texts = SharedData.SamplePapers(300).SelectMany(p => new[] { p.Title, p.Abstract })
            .Concat(["", "a", "the of and", "naïve café Ærø", "one two three four five six seven eight nine ten eleven twelve"])
            .ToList();
        using var analyzer = new EnglishTextAnalyzer();
        var words = new HashSet<string>(StringComparer.Ordinal);
        WordCache? cache = null;
        foreach (var text in texts.Concat(texts))
        {
            using var stream = analyzer.GetTokenStream(PaperFields.Abstract, text);
            var filter = Assert.IsType<CachedTermFilter>(stream);
            cache ??= filter.Cache;
            Assert.Same(cache, filter.Cache);
            var tokenizer = EnglishTextAnalyzer.Tokenizer.GetTokenStream(PaperFields.Abstract, text);
            var term = tokenizer.AddAttribute<ICharTermAttribute>();
            tokenizer.Reset();
            while (tokenizer.IncrementToken())
            {
                words.Add(term.ToString());
            }
            tokenizer.End();
            tokenizer.Dispose();
            stream.Reset();
            while (stream.IncrementToken())
            {
            }
            stream.End();
        }
        Assert.True(words.Count > 1000, $"only {words.Count} distinct words");
        Assert.True(words.Count < CachedTermFilter.DefaultMaxEntries);
        Assert.Equal(words.Count, cache!.Count);
    }

    private sealed record Token(string Term, int Increment, int Start, int End, string Type);

    /// <summary>Every token, then the final increment and offset as one more entry.</summary>
    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream(PaperFields.Abstract, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset, type.Type));
        }
        stream.End();
        tokens.Add(new Token("<end>", increment.PositionIncrement, offset.StartOffset, offset.EndOffset, ""));
        return tokens;
    }

    /// <summary>The chain as it was before the cache: each filter on each token.</summary>
    private sealed class PlainChain(bool queryStopWords) : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneSettings.Version, reader);
            return new TokenStreamComponents(source, Filters(source, queryStopWords));
        }
    }

    /// <summary>The cached chain with room for only 5 words.</summary>
    private sealed class TinyCache : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new StandardTokenizer(LuceneSettings.Version, reader);
            return new TokenStreamComponents(source, new CachedTermFilter(source, word => Filters(word, queryStopWords: true), maxEntries: 5));
        }
    }

    private static TokenStream Filters(TokenStream input, bool queryStopWords)
    {
        TokenStream stream = new EnglishPossessiveFilter(LuceneSettings.Version, input);
        stream = new LowerCaseFilter(LuceneSettings.Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(LuceneSettings.Version, stream, EnglishAnalyzer.DefaultStopSet);
        if (queryStopWords)
        {
            stream = new StopFilter(LuceneSettings.Version, stream, QueryStopWords.Set);
        }
        return new PorterStemFilter(stream);
    }
}
