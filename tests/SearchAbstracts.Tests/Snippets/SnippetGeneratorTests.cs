using SearchAbstracts.Search;
using SearchAbstracts.Snippets;

namespace SearchAbstracts.Tests.Snippets;

public sealed class SnippetGeneratorTests
{
    private const string Abstract =
        "Large language models are costly to serve. " +
        "Quantization lowers the precision of weights and activations. " +
        "We survey methods for training and inference across many chips and many kinds of accelerators in detail. " +
        "Pruning is a different technique that we do not cover. " +
        "Finally, quantization-aware training recovers most of the accuracy lost at low precision.";

    [Fact]
    public void Create_NoHighlights_ShowsTheFirstSentence()
    {
        var snippet = Assert.Single(SnippetGenerator.Create(Abstract, [], 2, 240));

        Assert.Equal("Large language models are costly to serve. …", snippet.Text);
        Assert.Empty(snippet.Highlights);
    }

    [Fact]
    public void Create_Matches_CutsAtSentenceBoundariesWithEllipses()
    {
        var snippets = SnippetGenerator.Create(Abstract, Find(Abstract, "Quantization", "quantization"), 2, 240);

        Assert.Equal(2, snippets.Count);
        Assert.StartsWith("… Quantization lowers", snippets[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("… Finally, quantization-aware", snippets[1].Text, StringComparison.Ordinal);
        Assert.EndsWith("low precision.", snippets[1].Text, StringComparison.Ordinal);
        Assert.All(snippets, s => Assert.True(s.Text.Length <= 240 + 4, s.Text));
    }

    [Fact]
    public void Create_HighlightRanges_PointAtTheMatchedWordsInTheSnippetText()
    {
        var snippets = SnippetGenerator.Create(Abstract, Find(Abstract, "Quantization", "quantization", "training"), 2, 240);

        var marked = snippets.SelectMany(s => s.Highlights.Select(r => s.Text[r.Start..r.End])).ToList();
        Assert.Contains("Quantization", marked);
        Assert.Contains("quantization", marked);
        Assert.Contains("training", marked);
    }

    [Fact]
    public void Create_SecondFragment_PrefersWordsTheFirstLacks()
    {
        var text = "Alpha beta here. Alpha again here. Nothing at all. Gamma appears only here.";
        var snippets = SnippetGenerator.Create(text, Find(text, "Alpha", "Gamma"), 2, 20);

        Assert.Equal(2, snippets.Count);
        Assert.Contains("Gamma", snippets[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_LongSentence_WindowsWholeWordsAroundTheMatch()
    {
        var words = string.Join(' ', Enumerable.Range(0, 120).Select(i => $"word{i}"));
        var text = words.Replace("word60", "needle", StringComparison.Ordinal) + ".";
        var snippet = Assert.Single(SnippetGenerator.Create(text, Find(text, "needle"), 2, 120));

        Assert.StartsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet.Text, StringComparison.Ordinal);
        Assert.InRange(snippet.Text.Length, 60, 130);
        Assert.Contains("needle", snippet.Text, StringComparison.Ordinal);
        // Whole words only: every token between the ellipses is a complete "wordN" or the needle.
        Assert.All(snippet.Text.Trim('…', ' ').Split(' '), w => Assert.Matches("^(word[0-9]+|needle)$", w));
    }

    [Fact]
    public void Create_ShortAbstractFullyShown_HasNoEllipsis()
    {
        var text = "Only one sentence about quantization.";
        var snippet = Assert.Single(SnippetGenerator.Create(text, Find(text, "quantization"), 2, 240));

        Assert.Equal(text, snippet.Text);
        Assert.Equal("quantization", snippet.Text[snippet.Highlights[0].Start..snippet.Highlights[0].End]);
    }

    [Fact]
    public void Create_ZeroFragmentsRequested_ReturnsNone()
    {
        Assert.Empty(SnippetGenerator.Create(Abstract, Find(Abstract, "Quantization"), 0, 240));
    }

    /// <summary>Ranges of every whole-word occurrence of <paramref name="words"/> (case-sensitive), as the highlighter would give.</summary>
    private static List<HighlightRange> Find(string text, params string[] words) =>
        words.SelectMany(w => System.Text.RegularExpressions.Regex.Matches(text, $@"\b{w}\b").Select(m => new HighlightRange(m.Index, m.Index + m.Length)))
            .OrderBy(r => r.Start)
            .ToList();
}
