using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>Every collected document with its score, by global document number: to compare two ways of searching.</summary>
internal sealed class AllScores : ICollector
{
    private Scorer? _scorer;
    private int _docBase;

    public Dictionary<int, float> Docs { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc) => Docs.Add(_docBase + doc, _scorer!.GetScore());

    /// <summary>Asserts that <paramref name="actual"/> collected the same documents as this, each with the same score to the bit.</summary>
    public void AssertSameAs(AllScores actual, Query query)
    {
        Assert.Equal(Docs.Count, actual.Docs.Count);
        foreach (var (doc, score) in Docs)
        {
            Assert.True(actual.Docs.TryGetValue(doc, out var got), $"{query}: doc {doc} not collected");
            Assert.True(BitConverter.SingleToInt32Bits(score) == BitConverter.SingleToInt32Bits(got), $"{query}, doc {doc}: expected {score:R}, got {got:R}");
        }
    }
}
