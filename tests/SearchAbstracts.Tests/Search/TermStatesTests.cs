using Lucene.Net.Index;
using SearchAbstracts.Analysis;
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

    [Fact]
    public void PrimedStates_EqualTermContextBuild_InEverySegment()
    {
        var papers = SharedData.SamplePapers(600);
        // Four commits: four segments, some words missing from some of them.
        using var temp = TempIndex.InCommits(papers.Chunk((papers.Count / 4) + 1));
        temp.Index.WithSearcher(searcher =>
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 4 || papers.Count < 20);
            var words = papers.Take(40).SelectMany(p => temp.Index.Analyzer.Terms(PaperFields.Text, p.Title)).Distinct().ToList();
            var terms = words.Select(w => new Term(PaperFields.Text, w))
                .Concat(words.Take(10).Select(w => new Term(PaperFields.Title, w)))
                .Append(new Term(PaperFields.Text, "nosuchwordanywhere"))
                .ToList();
            // Some already kept (not looked up again), some repeated.
            TermStates.Of(searcher.TopReaderContext, terms[3]);
            TermStates.Prime(searcher.TopReaderContext, terms.Concat(terms.Take(5)));
            foreach (var term in terms)
            {
                var primed = TermStates.Of(searcher.TopReaderContext, term);
                var fresh = TermContext.Build(searcher.TopReaderContext, term);
                Assert.Equal(fresh.DocFreq, primed.DocFreq);
                Assert.Equal(fresh.TotalTermFreq, primed.TotalTermFreq);
                foreach (var leaf in searcher.IndexReader.Leaves)
                {
                    Assert.Equal(fresh.Get(leaf.Ord)?.ToString(), primed.Get(leaf.Ord)?.ToString());
                }
            }
            Assert.Contains(terms, t => TermStates.Of(searcher.TopReaderContext, t).DocFreq == 0);
            Assert.Contains(terms, t => searcher.IndexReader.Leaves.Any(leaf => TermStates.Of(searcher.TopReaderContext, t).Get(leaf.Ord) is null)
                && TermStates.Of(searcher.TopReaderContext, t).DocFreq > 0);
            return 0;
        });
    }
}
