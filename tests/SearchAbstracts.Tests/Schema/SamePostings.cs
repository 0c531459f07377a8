using Lucene.Net.Index;
using Lucene.Net.Search;

namespace SearchAbstracts.Tests.Schema;

/// <summary>Asserts that two fields of a segment hold the same postings: terms, documents, frequencies, positions (when indexed), statistics and norms (when kept).</summary>
internal static class SamePostings
{
    /// <summary>Compares <paramref name="field"/> with <paramref name="reference"/>; returns the number of terms compared.</summary>
    public static int Check(AtomicReader reader, string field, string reference)
    {
        var actual = reader.GetTerms(field);
        var expected = reader.GetTerms(reference);
        Assert.NotNull(actual);
        Assert.NotNull(expected);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.SumTotalTermFreq, actual.SumTotalTermFreq);
        Assert.Equal(expected.SumDocFreq, actual.SumDocFreq);
        Assert.Equal(expected.DocCount, actual.DocCount);
        Assert.Equal(expected.HasPositions, actual.HasPositions);

        var actualTerms = actual.GetEnumerator();
        var expectedTerms = expected.GetEnumerator();
        var positions = expected.HasPositions;
        DocsEnum? actualDocs = null;
        DocsEnum? expectedDocs = null;
        var terms = 0;
        while (expectedTerms.MoveNext())
        {
            Assert.True(actualTerms.MoveNext());
            var text = expectedTerms.Term.Utf8ToString();
            Assert.Equal(text, actualTerms.Term.Utf8ToString());
            Assert.Equal(expectedTerms.DocFreq, actualTerms.DocFreq);
            Assert.Equal(expectedTerms.TotalTermFreq, actualTerms.TotalTermFreq);
            expectedDocs = positions ? expectedTerms.DocsAndPositions(null, expectedDocs as DocsAndPositionsEnum) : expectedTerms.Docs(null, expectedDocs, DocsFlags.FREQS);
            actualDocs = positions ? actualTerms.DocsAndPositions(null, actualDocs as DocsAndPositionsEnum) : actualTerms.Docs(null, actualDocs, DocsFlags.FREQS);
            while (expectedDocs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                Assert.Equal(expectedDocs.DocID, actualDocs.NextDoc());
                Assert.True(expectedDocs.Freq == actualDocs.Freq, $"term '{text}', doc {expectedDocs.DocID}: freq {actualDocs.Freq}, expected {expectedDocs.Freq}");
                for (var i = 0; positions && i < expectedDocs.Freq; i++)
                {
                    var position = ((DocsAndPositionsEnum)expectedDocs).NextPosition();
                    Assert.True(position == ((DocsAndPositionsEnum)actualDocs).NextPosition(), $"term '{text}', doc {expectedDocs.DocID}: position {i} differs");
                }
            }
            Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, actualDocs.NextDoc());
            terms++;
        }
        Assert.False(actualTerms.MoveNext());

        var actualNorms = reader.GetNormValues(field);
        var expectedNorms = reader.GetNormValues(reference);
        Assert.Equal(expectedNorms is null, actualNorms is null);
        for (var doc = 0; expectedNorms is not null && doc < reader.MaxDoc; doc++)
        {
            Assert.True(expectedNorms.Get(doc) == actualNorms!.Get(doc), $"norm of doc {doc}");
        }
        return terms;
    }
}
