using System.IO.Compression;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ingest;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// The fast tokenizer must give Lucene's <see cref="StandardTokenizer"/> tokens exactly (term, offsets, position
/// increment, type, and the offset and increment at the end): on every title and abstract of the shared corpora, on
/// random ASCII strings dense in the characters the word-break rules treat specially, and on texts that are not ASCII
/// (read by Lucene's tokenizer, one instance reused between ASCII and other texts).
/// </summary>
public sealed class AsciiFastStandardTokenizerTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Sparse attention for long documents: 3.5 x-ray, e.g. co-design")]
    [InlineData("")]
    [InlineData("one")]
    [InlineData("naïve café, not ASCII but scanned")]
    [InlineData("東京 and naïve: read by Lucene's tokenizer")]
    public void TryPeek_ShowsTheWordsIncrementTokenEmitsNext(string text)
    {
        using var tokenizer = new AsciiFastStandardTokenizer(new StringReader(text));
        var term = tokenizer.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        tokenizer.Reset();
        // Peeking works on the texts the tokenizer scans itself (ASCII and a few other characters).
        var ascii = text.All(c => c < 128 || IsScanned(c));
        Assert.Equal(!text.Contains('東'), ascii);
        var peeked = new List<string?>();
        for (var ahead = 1; ahead <= 3; ahead++)
        {
            peeked.Add(tokenizer.TryPeek(ahead, out var word) ? word.ToString() : null);
        }
        var emitted = new List<string>();
        while (tokenizer.IncrementToken())
        {
            emitted.Add(term.ToString());
            Assert.Equal(ascii ? emitted.Count - 1 : -1, tokenizer.Emitted);
            Assert.False(tokenizer.TryPeek(0, out _) && !ascii);
            if (ascii)
            {
                Assert.True(tokenizer.TryPeek(0, out var current));
                Assert.Equal(emitted[^1], current.ToString());
            }
        }
        tokenizer.End();
        // Before the first token, "1 ahead" is the first word; a text Lucene's tokenizer reads shows none.
        var expected = Enumerable.Range(0, 3).Select(i => ascii && i < emitted.Count ? emitted[i] : null).ToList();
        Assert.Equal(expected, peeked);
        Assert.False(tokenizer.TryPeek(1, out _));
    }

    [Fact]
    public void SameTokensAsLucene_OnTheSharedCorporasTexts()
    {
        var texts = Texts().ToList();
        var tokens = 0L;
        foreach (var text in texts)
        {
            tokens += AssertSame(text);
        }
        output.WriteLine($"{texts.Count} texts, {tokens} tokens compared");
        Assert.True(texts.Count > 50);
    }

    [Fact]
    public void SameTokensAsLucene_OnRandomAsciiStrings()
    {
        // Letters, digits, the underscore and the joining punctuation (: . ' , ;) most of the time, every ASCII
        // character some of the time, and now and then a run long enough to be dropped.
        const string Dense = "aBz09_.:',; ";
        var random = new Random(29);
        var tokens = 0L;
        for (var round = 0; round < 60_000; round++)
        {
            var length = random.Next(1, round % 50 == 0 ? 700 : 40);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = (round % 3) switch
                {
                    0 => (char)random.Next(128),
                    1 => Dense[random.Next(Dense.Length)],
                    _ => random.Next(6) == 0 ? Dense[random.Next(Dense.Length)] : "ab1"[random.Next(3)],
                };
            }
            tokens += AssertSame(new string(chars));
        }
        output.WriteLine($"{tokens} tokens compared");
        Assert.True(tokens > 100_000);
    }

    [Fact]
    public void SameTokensAsLucene_ForEveryScannedCharacterBeyondAscii_BesideLettersDigitsAndPunctuation()
    {
        // Each character the scan reads beyond ASCII, alone and between letters, digits and the joining punctuation:
        // a letter must join as Lucene joins it, a sign must break where Lucene breaks.
        var scanned = Enumerable.Range(0x80, 0x400 - 0x80).Select(c => (char)c).Where(c => IsScanned(c)).ToList();
        Assert.True(scanned.Count > 200, $"only {scanned.Count} characters beyond ASCII scanned");
        foreach (var c in scanned)
        {
            foreach (var around in new[] { "{0}", "a{0}b", "1{0}2", "a.{0}", "{0}'s", "x{0}{0}y", "{0}1", "_{0}_", "{0}:{0}", "2,{0}" })
            {
                AssertSame(string.Format(System.Globalization.CultureInfo.InvariantCulture, around, c));
            }
        }
    }

    [Fact]
    public void SameTokensAsLucene_OnRandomStringsWithGreekAndLatinLetters()
    {
        const string Dense = "aBz09_.:',; αΩéÅŁő°±×÷";
        var random = new Random(31);
        var tokens = 0L;
        for (var round = 0; round < 20_000; round++)
        {
            var length = random.Next(1, 40);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = round % 2 == 0 ? Dense[random.Next(Dense.Length)] : (char)random.Next(0x400);
            }
            tokens += AssertSame(new string(chars));
        }
        output.WriteLine($"{tokens} tokens compared");
        Assert.True(tokens > 20_000);
    }

    /// <summary>Whether the fast tokenizer reads a text made of <paramref name="c"/> itself (it peeks only then).</summary>
    private static bool IsScanned(char c)
    {
        var tokenizer = new AsciiFastStandardTokenizer(new StringReader("a" + c + "a"));
        tokenizer.Reset();
        var scanned = tokenizer.TryGetAll(out _, out _);
        tokenizer.End();
        tokenizer.Dispose();
        return scanned;
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ...  ")]
    [InlineData("___ a___b __")]
    [InlineData("e.g. U.S.A. don't students' c:a 1,000.5;2 3D-printed x_1 1.a a.1 a..b 1,,2")]
    [InlineData("naïve Ærø Straße’s 東京大学 café 😀 emoji, then ASCII again")]
    public void SameTokensAsLucene_OnEdgeCases(string text) => AssertSame(text);

    [Fact]
    public void SameTokensAsLucene_ForLongTokens()
    {
        foreach (var text in new[] { new string('a', 255) + " b", new string('a', 256) + " b " + new string('c', 300), "x " + new string('1', 5000) + " y", new string('a', 300) })
        {
            AssertSame(text);
        }
    }

    [Fact]
    public void OneInstance_ReusedBetweenAsciiAndOtherTexts_GivesLucenesTokensEachTime()
    {
        // Through an analyzer, as the index and the highlighter use it: the same tokenizer instance is reset with each text.
        var texts = new[] { "plain ASCII text", "naïve café", "more ASCII, 1,000 words", "東京 and Straße", "naïve again", "done." };
        for (var round = 0; round < 3; round++)
        {
            foreach (var text in texts)
            {
                using var stream = EnglishTextAnalyzer.Tokenizer.GetTokenStream("abstract", text);
                Assert.Equal(Read(new StandardTokenizer(LuceneSettings.Version, new StringReader(text))), Read(stream, dispose: false));
            }
        }
    }

    [Theory]
    [InlineData("<p>Sparse &amp; dense <b>attention</b></p> for x-ray")]
    [InlineData("plain text, no markup at all")]
    [InlineData("<i>naïve</i> caf&eacute;")]
    public void BehindACharFilter_OffsetsAreCorrectedAsLucenes(string html)
    {
        // The offsets of what the filter left are mapped back to the original text, by the filter; one instance is
        // reset with and without a filter in turn, so the check made at each reset must follow the reader.
        var fast = new AsciiFastStandardTokenizer(new StringReader(""));
        for (var round = 0; round < 2; round++)
        {
            var expected = Read(new StandardTokenizer(LuceneSettings.Version, new Lucene.Net.Analysis.CharFilters.HTMLStripCharFilter(new StringReader(html))));
            fast.SetReader(new Lucene.Net.Analysis.CharFilters.HTMLStripCharFilter(new StringReader(html)));
            Assert.Equal(expected, Read(fast, dispose: false));
            fast.Dispose();
            fast.SetReader(new StringReader(html));
            Assert.Equal(Read(new StandardTokenizer(LuceneSettings.Version, new StringReader(html))), Read(fast, dispose: false));
            fast.Dispose();
        }
    }

    private static int AssertSame(string text)
    {
        var expected = Read(new StandardTokenizer(LuceneSettings.Version, new StringReader(text)));
        var actual = Read(new AsciiFastStandardTokenizer(new StringReader(text)));
        Assert.True(expected.SequenceEqual(actual), $"[{text}]\nLucene: {string.Join(" ", expected)}\nfast:   {string.Join(" ", actual)}");
        return expected.Count;
    }

    /// <summary>Every token as (term, start, end, type, increment), then ("&lt;end&gt;", final offsets, final increment).</summary>
    private static List<(string Term, int Start, int End, string Type, int Increment)> Read(TokenStream stream, bool dispose = true)
    {
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var tokens = new List<(string, int, int, string, int)>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, type.Type, increment.PositionIncrement));
        }
        stream.End();
        tokens.Add(("<end>", offset.StartOffset, offset.EndOffset, "", increment.PositionIncrement));
        if (dispose)
        {
            stream.Dispose();
        }
        return tokens;
    }

    /// <summary>
    /// Titles, abstracts and author names (the name analyzer reads them with this tokenizer) of SciFact, Cranfield and
    /// the first 20,000 of arXiv 115k (whichever are here), and the seed listing's.
    /// </summary>
    private static IEnumerable<string> Texts()
    {
        var papers = ListingReader.ReadFile(Directory.GetFiles(TestPaths.Seeds, "*.txt").Single()).Papers.AsEnumerable();
        if (SharedData.Folder("scifact") is string scifact)
        {
            papers = papers.Concat(JsonLinesReader.ReadFile(Path.Combine(scifact, "corpus.jsonl.gz")).Papers);
        }
        if (SharedData.Folder("cranfield") is string cranfield)
        {
            papers = papers.Concat(JsonLinesReader.ReadFile(Path.Combine(cranfield, "corpus.jsonl")).Papers);
        }
        foreach (var text in papers.SelectMany(p => new[] { p.Title, p.Abstract }.Concat(p.Authors)))
        {
            yield return text;
        }
        if (SharedData.Folder("arxiv-daily-115k") is string arxiv)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(arxiv, "corpus.jsonl.gz")), CompressionMode.Decompress));
            for (var i = 0; i < 20_000 && reader.ReadLine() is string line; i++)
            {
                using var record = JsonDocument.Parse(line);
                yield return record.RootElement.GetProperty("title").GetString() ?? "";
                yield return record.RootElement.GetProperty("text").GetString() ?? "";
                if (record.RootElement.GetProperty("metadata").TryGetProperty("authors", out var authors))
                {
                    foreach (var author in authors.EnumerateArray())
                    {
                        yield return author.GetString() ?? "";
                    }
                }
            }
        }
    }
}
