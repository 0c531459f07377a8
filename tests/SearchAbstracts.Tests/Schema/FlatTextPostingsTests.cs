using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// The flat <c>text</c> field is written from the title's and the abstract's postings at flush
/// (<see cref="FlatTextFieldsConsumer"/>). Every paper here is also indexed into a reference field the way the flat
/// field used to be made, by inverting title and abstract replayed one after the other; the two fields must hold the
/// same terms, documents, frequencies, positions, statistics and norms, in flushed segments and after a merge.
/// </summary>
public sealed class FlatTextPostingsTests
{
    private const string Reference = "flat_reference";

    private static readonly FieldType ReferenceType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS });

    [Fact]
    public void FlatField_HoldsWhatInvertingTitleThenAbstractHeld_InFlushedAndMergedSegments()
    {
        var papers = EdgeCases().Concat(SharedData.SamplePapers(2500)).ToList();
        using var temp = TempIndex.Empty();
        var analyzer = new EnglishTextAnalyzer();
        // Four commits: four flushed segments, the edge cases in the first.
        foreach (var part in papers.Chunk((papers.Count / 4) + 1))
        {
            using var writer = temp.Index.OpenWriter();
            foreach (var paper in part)
            {
                var doc = PaperDocumentMapper.ToDocument(paper);
                var title = AnalyzedText.Analyze(analyzer, PaperFields.Title, paper.Title);
                var summary = AnalyzedText.Analyze(analyzer, PaperFields.Abstract, paper.Abstract);
                doc.Add(new Field(Reference, new ReplayTokenStream().Replay(title, summary), ReferenceType));
                writer.Add(doc);
            }
            writer.Commit();
        }

        var segments = AssertSameAsReference(temp.Path);
        Assert.Equal(4, segments.Count);
        Assert.Equal(papers.Count, segments.Sum());

        // Merging copies the flat field like any other.
        using (var directory = FSDirectory.Open(temp.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSettings.Version, analyzer)
        {
            Codec = new PaperCodec(),
            Similarity = AbstractsIndex.IndexingSimilarity,
        }))
        {
            writer.ForceMerge(1);
            writer.Commit();
        }
        Assert.Equal([papers.Count], AssertSameAsReference(temp.Path));
    }

    [Fact]
    public void AbstractPositions_FollowTheTitle_AndPhrasesStillMatch()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("p1", "Sparse attention for long documents", "Low-rank adapters quantize weights of large language models."));
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;

        // "adapt" is the abstract's first word (after "low" and "rank"); the title takes positions 0 to 4.
        Assert.Equal(7, FirstPosition(leaf, PaperFields.Abstract, "adapt"));
        Assert.Equal(7, FirstPosition(leaf, PaperFields.Text, "adapt"));
        Assert.Equal(1, FirstPosition(leaf, PaperFields.Title, "attent"));

        var searcher = new IndexSearcher(reader);
        var phrase = new PhraseQuery { new Term(PaperFields.Abstract, "quantiz"), new Term(PaperFields.Abstract, "weight") };
        Assert.Equal(1, searcher.Search(phrase, 1).TotalHits);
        var across = new PhraseQuery { new Term(PaperFields.Text, "document"), new Term(PaperFields.Text, "low") };
        Assert.Equal(1, searcher.Search(across, 1).TotalHits);
        var notAcross = new PhraseQuery { new Term(PaperFields.Abstract, "document"), new Term(PaperFields.Abstract, "low") };
        Assert.Equal(0, searcher.Search(notAcross, 1).TotalHits);
    }

    /// <summary>Titles and abstracts that stress the merge: empty parts, stop words at the ends, shared and repeated words.</summary>
    private static IEnumerable<Paper> EdgeCases() =>
    [
        TestPapers.Make("e1", "", "An abstract without a title: model model model."),
        TestPapers.Make("e2", "A title without an abstract", ""),
        TestPapers.Make("e3", "", ""),
        TestPapers.Make("e4", "The role of the", "Of the model, by the model, for the model."),
        TestPapers.Make("e5", "Model quantization", "Quantization of a model; the quantized model."),
        TestPapers.Make("e6", "Über naïve Bayes für Café-Daten", "Naïve Bayes, again naïve, with the café data."),
        TestPapers.Make("e7", "the of and", "and the of"),
    ];

    /// <summary>Compares the flat field with the reference in every segment; returns the segments' document counts.</summary>
    private static List<int> AssertSameAsReference(string path)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var counts = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = SamePostings.Check(leaf.AtomicReader, PaperFields.Text, Reference);
            Assert.True(terms > 100, $"only {terms} terms compared");
            Assert.True(leaf.AtomicReader.GetTerms(PaperFields.Text).HasPositions);
            counts.Add(leaf.AtomicReader.MaxDoc);
        }
        return counts;
    }

    private static int FirstPosition(AtomicReader reader, string field, string term)
    {
        var postings = reader.GetTermPositionsEnum(new Term(field, term));
        Assert.NotNull(postings);
        Assert.NotEqual(DocIdSetIterator.NO_MORE_DOCS, postings.NextDoc());
        return postings.NextPosition();
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
