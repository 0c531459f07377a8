using System.Text.RegularExpressions;
using SearchAbstracts.Search;
using SearchAbstracts.Snippets;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Snippets;

/// <summary>
/// Snippets choose the same passages as the reference generator, which compared cut-out strings case-insensitively:
/// on real abstracts, with highlights of random words in either case (repeated words, words differing only in case,
/// many and few), for one to three snippets of several lengths.
/// </summary>
public sealed partial class SnippetGeneratorEquivalenceTests(ITestOutputHelper output)
{
    [Fact]
    public void ChoosesThePassagesTheReferenceChooses()
    {
        var papers = SharedData.SamplePapers(1500);
        var random = new Random(41);
        var compared = 0;
        var withTwo = 0;
        foreach (var paper in papers)
        {
            var text = random.Next(5) == 0 ? paper.Abstract.ToUpperInvariant()[..(paper.Abstract.Length / 2)] + paper.Abstract[(paper.Abstract.Length / 2)..] : paper.Abstract;
            var words = Word().Matches(text).ToList();
            if (words.Count == 0)
            {
                continue;
            }
            // A few chosen words, highlighted wherever they occur in any case: what the highlighter gives.
            var picked = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => words[random.Next(words.Count)].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var highlights = words.Where(w => picked.Contains(w.Value)).Select(w => new HighlightRange(w.Index, w.Index + w.Length)).ToList();
            var count = 1 + random.Next(3);
            var length = new[] { 80, 160, 240, 400 }[random.Next(4)];
            var expected = ReferenceSnippetPassages.Passages(text, highlights, count, length);
            var actual = SnippetGenerator.Create(text, highlights, count, length);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                // The passage's text is between the ellipses the generator adds.
                var passage = text[expected[i].Start..expected[i].End];
                Assert.Contains(passage, actual[i].Text, StringComparison.Ordinal);
                Assert.True(actual[i].Text.Length <= passage.Length + 4, actual[i].Text);
            }
            compared++;
            withTwo += expected.Count >= 2 ? 1 : 0;
        }
        output.WriteLine($"{compared} abstracts compared, {withTwo} with two snippets or more");
        Assert.True(compared > 1000 || papers.Count < 1000);
        Assert.True(withTwo > 200 || papers.Count < 1000);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
