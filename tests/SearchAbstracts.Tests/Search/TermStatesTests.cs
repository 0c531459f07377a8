using Lucene.Net.Index;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Cached term look-ups must equal fresh ones, and must never outlive the reader they were made on: after new papers
/// are committed, searches see the new document frequencies and totals at once.
/// </summary>
public sealed class TermStatesTests
{
    [Fact]
    public void CachedStates_EqualFreshOnes_AndARefreshedIndexIsNotServedStaleOnes()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("a", "Quantization of transformers", "We quantize weights to four bits."),
            TestPapers.Make("b", "Pruning", "Structured pruning of convolutional networks."));
        var term = new Term(PaperFields.Text, "quantiz");
        int Frequency() => temp.Index.WithSearcher(searcher =>
        {
            var cached = TermStates.Of(searcher.TopReaderContext, term);
            var fresh = TermContext.Build(searcher.TopReaderContext, term);
            Assert.Same(cached, TermStates.Of(searcher.TopReaderContext, term));
            Assert.Equal(fresh.DocFreq, cached.DocFreq);
            Assert.Equal(fresh.TotalTermFreq, cached.TotalTermFreq);
            Assert.True(TermStates.TryGetDocFreq(searcher.IndexReader, term.Field, term.Text, out var docFreq));
            Assert.Equal(fresh.DocFreq, docFreq);
            return cached.DocFreq;
        });
        Assert.Equal(1, Frequency());
        Assert.Equal(1, temp.Index.Search(new SearchRequest { Query = "quantization" }).Total);
        using (var writer = temp.Index.OpenWriter())
        {
            writer.AddOrReplace(TestPapers.Make("c", "Quantization-aware training", "Training with quantization noise."));
            writer.Commit();
        }
        temp.Index.Refresh();
        Assert.Equal(2, Frequency());
        Assert.Equal(2, temp.Index.Search(new SearchRequest { Query = "quantization" }).Total);
    }
}
