using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>Counting terms in place gives the counts and total of the listed terms, added to what the counts already held.</summary>
public sealed class AnalyzerTermsTests
{
    [Fact]
    public void CountTerms_CountsWhatTermsLists()
    {
        using var analyzer = new EnglishTextAnalyzer(queryStopWords: true);
        var compared = 0;
        foreach (var paper in SharedData.SamplePapers(300))
        {
            var text = paper.Title + "\n" + paper.Abstract;
            var terms = analyzer.Terms(PaperFields.Text, text);
            terms.AddRange(analyzer.Terms(PaperFields.Text, paper.Title));
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var total = analyzer.CountTerms(PaperFields.Text, text, counts) + analyzer.CountTerms(PaperFields.Text, paper.Title, counts);
            Assert.Equal(terms.Count, total);
            Assert.Equal(terms.CountBy(t => t).OrderBy(kv => kv.Key, StringComparer.Ordinal), counts.OrderBy(kv => kv.Key, StringComparer.Ordinal));
            compared += counts.Count;
        }
        Assert.True(compared > 100);
    }
}
