using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ingest;
using SearchAbstracts.Schema;
using SearchAbstracts.Snippets;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Snippets;

/// <summary>
/// Reading only the wanted words of a text (<see cref="WantedTerms"/>, <see cref="TextTokens.Matching"/>) must give
/// exactly the tokens the full analysis gives for those words: the same terms, offsets and positions. And the quick
/// test it rests on must hold for every word of the shared corpora: an ASCII word's term starts with the first two
/// (or, for a one-letter term, the first) of its lowered characters.
/// </summary>
public sealed class WantedTermsTests(ITestOutputHelper output)
{
    private static readonly PaperAnalyzer Analyzer = PaperAnalyzers.Create();

    [Fact]
    public void AnAsciiWordsTermStartsWithItsFirstTwoLoweredCharacters()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in Texts())
        {
            using var stream = EnglishTextAnalyzer.Tokenizer.GetTokenStream("", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                words.Add(term.ToString());
            }
            stream.End();
        }
        var checkedWords = 0;
        foreach (var word in words.Where(w => w.All(c => c < 128)))
        {
            var terms = Analyzer.Terms(PaperFields.Abstract, word).ToList();
            Assert.True(terms.Count <= 1, $"'{word}' read alone gave {terms.Count} terms");
            if (terms.Count == 1)
            {
                var lowered = word.ToLowerInvariant();
                var shared = Math.Min(2, terms[0].Length);
                Assert.True(terms[0].AsSpan(0, shared).SequenceEqual(lowered.AsSpan(0, shared)), $"'{word}' became '{terms[0]}'");
                checkedWords++;
            }
        }
        output.WriteLine($"{checkedWords} distinct ASCII words checked of {words.Count}");
        Assert.True(checkedWords > 1000);
    }

    [Fact]
    public void MatchingGivesTheFullAnalysisTokensOfTheWantedTerms()
    {
        var random = new Random(5);
        var texts = Texts().Take(3000).ToList();
        // Wanted terms: some of each text's own (so that there are matches), and some from anywhere (stems such as
        // "dai" for "day", one-letter terms, terms of non-ASCII words).
        var vocabulary = texts.Take(300).SelectMany(t => Analyzer.Terms(PaperFields.Abstract, t)).Distinct().ToArray();
        var compared = 0;
        foreach (var text in texts.Append("Day days daily: the ties, 1,000 e.g. naïve Ærø Straße’s a.b.c x I 3D-printed"))
        {
            var own = Analyzer.Terms(PaperFields.Abstract, text).Distinct().ToArray();
            var wanted = own.Where(_ => random.Next(4) == 0)
                .Concat(Enumerable.Range(0, 5).Select(_ => vocabulary[random.Next(vocabulary.Length)]))
                .Concat(["dai", "i", "a", "x", "naiv", "aer", "strass", "3d"])
                .ToHashSet(StringComparer.Ordinal);
            var full = TextTokens.Analyze(Analyzer, PaperFields.Abstract, text);
            var expected = Enumerable.Range(0, full.Count).Where(i => wanted.Contains(full.Term(i)))
                .Select(i => (full.Term(i), full.Range(i), full.Position(i))).ToList();
            var matching = TextTokens.Matching(new WantedTerms(Analyzer, PaperFields.Abstract, wanted), text);
            Assert.NotNull(matching);
            Assert.Equal(expected, Enumerable.Range(0, matching.Count).Select(i => (matching.Term(i), matching.Range(i), matching.Position(i))));
            compared += expected.Count;
        }
        output.WriteLine($"{compared} matched tokens compared");
        Assert.True(compared > 10_000);
    }

    [Fact]
    public void ARunsCompoundTermStartsWithItsFirstTwoLoweredLettersOrDigits()
    {
        var runs = Texts().SelectMany(text => HyphenatedRuns.Spans(text).Select(span => text.Substring(span.Start, span.Length)))
            .Concat(["Co-Design", "(Mixture-of-Experts),", "ResNet-50.", "X-ray", "3D-printed", "a-b", "--", "e-", "Naïve-Bayes"])
            .ToHashSet(StringComparer.Ordinal);
        var checkedRuns = 0;
        foreach (var run in runs)
        {
            var terms = Analyzer.Terms(PaperFields.Compound, run).ToList();
            foreach (var term in terms)
            {
                // The quick test must let through every run that becomes a term, for a wanted set of that term alone.
                Assert.True(new WantedTerms(Analyzer, PaperFields.Compound, [term]).MayMatchRun(run), $"run '{run}' became '{term}' but was skipped");
            }
            if (terms.Count == 1 && run.All(c => c < 128))
            {
                var letters = new string(run.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
                var shared = Math.Min(2, terms[0].Length);
                Assert.True(terms[0].AsSpan(0, shared).SequenceEqual(letters.AsSpan(0, shared)), $"run '{run}' became '{terms[0]}'");
                checkedRuns++;
            }
        }
        output.WriteLine($"{checkedRuns} distinct ASCII runs with a compound term checked of {runs.Count}");
        Assert.True(checkedRuns > 1000);
    }

    [Fact]
    public void SkippingRunsKeepsEveryWantedCompoundToken()
    {
        var random = new Random(11);
        var texts = Texts().Where(text => HyphenatedRuns.Spans(text).Count > 0).Take(2000).ToList();
        var vocabulary = texts.Take(300).SelectMany(t => Analyzer.Terms(PaperFields.Compound, t)).Distinct().ToArray();
        var compared = 0;
        var skipped = 0;
        foreach (var text in texts)
        {
            var wanted = Analyzer.Terms(PaperFields.Compound, text).Where(_ => random.Next(3) == 0)
                .Concat(Enumerable.Range(0, 5).Select(_ => vocabulary[random.Next(vocabulary.Length)]))
                .ToHashSet(StringComparer.Ordinal);
            var all = TextTokens.Analyze(Analyzer, PaperFields.Compound, text);
            var some = TextTokens.Analyze(Analyzer, PaperFields.Compound, text, new WantedTerms(Analyzer, PaperFields.Compound, wanted));
            var expected = Enumerable.Range(0, all.Count).Where(i => wanted.Contains(all.Term(i))).Select(i => (all.Term(i), all.Range(i))).ToList();
            Assert.Equal(expected, Enumerable.Range(0, some.Count).Where(i => wanted.Contains(some.Term(i))).Select(i => (some.Term(i), some.Range(i))));
            compared += expected.Count;
            skipped += all.Count - some.Count;
        }
        output.WriteLine($"{compared} wanted compound tokens compared; {skipped} runs not analyzed");
        Assert.True(compared > 500);
        Assert.True(skipped > 1000, "the quick test skipped too few runs to matter");
    }

    [Fact]
    public void NothingWantedMatchesNothing()
    {
        var matching = TextTokens.Matching(new WantedTerms(Analyzer, PaperFields.Abstract, []), "Quantization of models");
        Assert.NotNull(matching);
        Assert.Equal(0, matching.Count);
    }

    /// <summary>Titles and abstracts of SciFact and Cranfield (whichever are here), or the seed listing's.</summary>
    private static IEnumerable<string> Texts()
    {
        var papers = SharedData.SamplePapers().AsEnumerable();
        if (SharedData.Folder("cranfield") is string cranfield)
        {
            papers = papers.Concat(JsonLinesReader.ReadFile(Path.Combine(cranfield, "corpus.jsonl")).Papers);
        }
        return papers.SelectMany(p => new[] { p.Title, p.Abstract }).Where(t => t.Length > 0);
    }
}
