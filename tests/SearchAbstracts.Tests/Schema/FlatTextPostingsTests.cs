using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Tests.Analysis;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// Title, abstract and the flat <c>text</c> field are written at flush from the words buffered for the segment
/// (<see cref="TextPostingsBuffer"/>), not inverted by Lucene. Every paper here is also indexed into three reference
/// fields the way Lucene inverted them before (the title replayed; the abstract replayed after the title; both replayed
/// one after the other); each field must hold the same terms, documents, frequencies, positions, statistics and norms
/// as its reference, in flushed segments, after a merge, and with several threads writing at once.
/// </summary>
public sealed class FlatTextPostingsTests
{
    /// <summary>Each buffered field and the field inverted by Lucene it must equal.</summary>
    private static readonly (string Field, string Reference)[] Pairs =
    [
        (PaperFields.Title, "title_reference"),
        (PaperFields.Abstract, "abstract_reference"),
        (PaperFields.Text, "flat_reference"),
    ];

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
                writer.Add(WithReferences(paper, analyzer));
            }
            writer.Commit();
        }

        var segments = AssertSameAsReference(temp.Path);
        Assert.Equal(4, segments.Count);
        Assert.Equal(papers.Count, segments.Sum());

        // Merging copies the flat field like any other.
        BufferedFieldWriting.Merged(temp.Path, analyzer);
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

    [Fact]
    public void BufferedFields_AreRight_WhenThreadsWriteSegmentsAtOnce()
    {
        var papers = EdgeCases().Concat(SharedData.SamplePapers(3000)).ToList();
        using var temp = TempIndex.Empty();
        var analyzer = new EnglishTextAnalyzer();
        // Small segments: several flushes while four threads add documents (300 papers each from SciFact; the seed
        // listing, when SciFact is not here, still makes eight).
        BufferedFieldWriting.Concurrently(temp.Path, papers, paper => WithReferences(paper, analyzer), analyzer);
        var segments = AssertSameAsReference(temp.Path, minTerms: papers.Count > 1000 ? 30 : 1);
        Assert.True(segments.Count >= 8, $"only {segments.Count} segments");
        Assert.Equal(papers.Count, segments.Sum());
    }

    /// <summary>The paper's document plus the reference fields, inverted by Lucene from the same analysis.</summary>
    private static Document WithReferences(Paper paper, Analyzer analyzer)
    {
        var doc = PaperDocumentMapper.ToDocument(paper);
        var title = AnalyzedText.Analyze(analyzer, PaperFields.Title, paper.Title);
        var summary = AnalyzedText.Analyze(analyzer, PaperFields.Abstract, paper.Abstract);
        doc.Add(new Field("title_reference", new ReplayTokenStream().Replay(title), ReferenceType));
        doc.Add(new Field("abstract_reference", new ReplayTokenStream().ReplayAfter(title, summary), ReferenceType));
        doc.Add(new Field("flat_reference", new ReplayTokenStream().Replay(title, summary), ReferenceType));
        return doc;
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
        // Words over 48 letters are not in the analyzer's word cache: their terms are looked up by their letters.
        TestPapers.Make("e8", "Pneumonoultramicroscopicsilicovolcanoconiosisdiagnostics models", "Models of pneumonoultramicroscopicsilicovolcanoconiosisdiagnostics, models."),
    ];

    /// <summary>Compares the flat field with the reference in every segment; returns the segments' document counts.</summary>
    private static List<int> AssertSameAsReference(string path, int minTerms = 30)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var counts = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            foreach (var (field, reference) in Pairs)
            {
                var terms = SamePostings.Check(leaf.AtomicReader, field, reference);
                Assert.True(terms >= minTerms, $"only {terms} terms of {field} compared");
                Assert.True(leaf.AtomicReader.GetTerms(field).HasPositions);
            }
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
