using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// The buffer of title and abstract words per segment (<see cref="TextPostingsBuffer"/>): documents numbered as
/// Lucene numbers them, its memory counted while documents wait and given back when they are flushed or dropped,
/// terms in Lucene's order. That its postings equal Lucene's own is <see cref="FlatTextPostingsTests"/>.
/// </summary>
public sealed class TextPostingsBufferTests
{
    [Fact]
    public void DocumentWithoutStoredFields_KeepsTheNextPapersNumber()
    {
        using var temp = TempIndex.Empty();
        using (var directory = FSDirectory.Open(temp.Path))
        using (var writer = NewWriter(directory))
        {
            writer.AddDocument(PaperDocumentMapper.ToDocument(TestPapers.Make("a", "Quantization of attention", "Weights in four bits.")));
            // Lucene gives this document a number and its stored-fields writer an empty document.
            writer.AddDocument(new Document { new StringField("other", "x", Field.Store.NO) });
            writer.AddDocument(PaperDocumentMapper.ToDocument(TestPapers.Make("b", "Sparse transformers", "Attention over long inputs.")));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(FSDirectory.Open(temp.Path));
        var searcher = new IndexSearcher(reader);
        Assert.Equal([0], Docs(searcher, PaperFields.Title, "quantiz"));
        Assert.Equal([2], Docs(searcher, PaperFields.Title, "spars"));
        Assert.Equal([0, 2], Docs(searcher, PaperFields.Text, "attent"));
        Assert.Equal([2], Docs(searcher, PaperFields.Abstract, "attent"));
    }

    [Fact]
    public void BufferedBytes_CountWaitingDocuments_AndGoBackToZero_AfterCommitOrRollback()
    {
        using var temp = TempIndex.Empty();
        using var directory = FSDirectory.Open(temp.Path);
        var papers = SharedData.SamplePapers(200);
        var half = papers.Count / 2;
        using (var writer = NewWriter(directory))
        {
            foreach (var paper in papers.Take(half))
            {
                writer.AddDocument(PaperDocumentMapper.ToDocument(paper));
            }
            Assert.True(TextPostingsBuffer.BufferedBytes(directory) > 100_000);
            writer.Commit();
            Assert.Equal(0, TextPostingsBuffer.BufferedBytes(directory));

            foreach (var paper in papers.Skip(half))
            {
                writer.AddDocument(PaperDocumentMapper.ToDocument(paper));
            }
            Assert.True(TextPostingsBuffer.BufferedBytes(directory) > 100_000);
            writer.Rollback();
        }
        Assert.Equal(0, TextPostingsBuffer.BufferedBytes(directory));
    }

    [Fact]
    public void WordsIndexedIntoABufferedField_AreRefused()
    {
        using var temp = TempIndex.Empty();
        using var directory = FSDirectory.Open(temp.Path);
        using var writer = NewWriter(directory);
        var doc = PaperDocumentMapper.ToDocument(TestPapers.Make("a", "Quantization", "Weights."));
        doc.Add(new TextField(PaperFields.Title, "more words", Field.Store.NO));
        writer.AddDocument(doc);
        var error = Assert.ThrowsAny<Exception>(() => writer.Commit());
        Assert.Contains("field 'title' is written from the words buffered", error.ToString());
    }

    [Fact]
    public void Terms_SortInLuceneOrder_ByUtf8Bytes()
    {
        var table = new TermTable();
        // Above the surrogates UTF-16 and UTF-8 disagree: U+FB01 sorts after U+1F600 in UTF-16, before it in UTF-8.
        string[] terms = ["\U0001F600", "\uFB01", "abcdefgh1", "abcdefgh", "abcdefgh0", "b", "a", "é", "z"];
        foreach (var term in terms)
        {
            Assert.Equal(table.Id(term), table.Id(term));
        }
        Assert.Equal(terms.Length, table.Count);

        var sorted = table.Sort();
        var bytes = new BytesRef();
        var actual = sorted.Order.Select(id =>
        {
            sorted.Into(id, bytes);
            return bytes.Utf8ToString();
        }).ToList();
        var expected = terms.OrderBy(t => new BytesRef(t), Comparer<BytesRef>.Create((x, y) => x.CompareTo(y))).ToList();
        Assert.Equal(expected, actual);
        Assert.True(actual.IndexOf("\uFB01") < actual.IndexOf("\U0001F600"));
    }

    [Fact]
    public void ManyTerms_KeepTheirNumbers_AcrossGrowth()
    {
        var table = new TermTable();
        for (var i = 0; i < 50_000; i++)
        {
            Assert.Equal(i, table.Id("term" + i));
        }
        for (var i = 0; i < 50_000; i += 7)
        {
            Assert.Equal(i, table.Id("term" + i));
            Assert.Equal("term" + i, table.Chars(i).ToString());
        }
    }

    private static IndexWriter NewWriter(Lucene.Net.Store.Directory directory) =>
        new(directory, new IndexWriterConfig(LuceneSettings.Version, new EnglishTextAnalyzer())
        {
            Codec = new PaperCodec(),
            Similarity = AbstractsIndex.IndexingSimilarity,
        });

    private static int[] Docs(IndexSearcher searcher, string field, string term) =>
        searcher.Search(new TermQuery(new Term(field, term)), 10).ScoreDocs.Select(d => d.Doc).Order().ToArray();
}
