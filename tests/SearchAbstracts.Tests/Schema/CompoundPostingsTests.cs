using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// The <c>compound</c> field is written at flush from the joined hyphenated words buffered for the segment
/// (<see cref="TextPostingsBuffer"/>), not inverted by Lucene. Every paper here is also indexed into a reference field
/// the way Lucene inverted the compound field before (its analyzer over the paper's hyphenated runs, frequencies
/// without positions, no norms); both must hold the same terms, documents, frequencies and statistics, in flushed
/// segments, after a merge, and with several threads writing at once.
/// </summary>
public sealed class CompoundPostingsTests
{
    private const string Reference = "compound_reference";

    private static readonly FieldType ReferenceType = Frozen(new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS, OmitNorms = true });

    [Fact]
    public void CompoundField_HoldsWhatLuceneInvertedFromTheHyphenatedRuns_InFlushedAndMergedSegments()
    {
        var papers = EdgeCases().Concat(SharedData.SamplePapers(2500)).ToList();
        using var temp = TempIndex.Empty();
        var analyzer = new CompoundAnalyzer();
        // The writer's own analyzer is another one: an analyzer reuses one stream per thread, and the reference's
        // stream must stay unconsumed until the writer reaches it.
        BufferedFieldWriting.InCommits(temp.Path, papers, paper => WithReference(paper, analyzer), new EnglishTextAnalyzer());

        var segments = AssertSameAsReference(temp.Path, minTerms: papers.Count > 1000 ? 30 : 3);
        Assert.Equal(4, segments.Count);
        Assert.Equal(papers.Count, segments.Sum());

        BufferedFieldWriting.Merged(temp.Path, new EnglishTextAnalyzer());
        Assert.Equal([papers.Count], AssertSameAsReference(temp.Path, minTerms: papers.Count > 1000 ? 30 : 3));
    }

    [Fact]
    public void CompoundField_IsRight_WhenThreadsWriteSegmentsAtOnce()
    {
        var papers = EdgeCases().Concat(SharedData.SamplePapers(3000)).ToList();
        using var temp = TempIndex.Empty();
        var analyzer = new CompoundAnalyzer();
        BufferedFieldWriting.Concurrently(temp.Path, papers, paper => WithReference(paper, analyzer), new EnglishTextAnalyzer());
        var segments = AssertSameAsReference(temp.Path, minTerms: 1);
        Assert.True(segments.Count >= 8, $"only {segments.Count} segments");
        Assert.Equal(papers.Count, segments.Sum());
    }

    [Fact]
    public void JoinedWords_AreFoundWithFrequencies_AndHaveNoPositions()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("p1", "Co-design of pre-training", "Pre-training and co-design; pre-training again."),
            TestPapers.Make("p2", "No compounds here", "Plain words only."));
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);
        var leaf = reader.Leaves.Single().AtomicReader;
        var terms = leaf.GetTerms(PaperFields.Compound);

        Assert.False(terms.HasPositions);
        Assert.True(terms.HasFreqs);
        Assert.Null(leaf.GetNormValues(PaperFields.Compound));
        var docs = leaf.GetTermDocsEnum(new Term(PaperFields.Compound, "pretrain"));
        Assert.Equal(0, docs.NextDoc());
        Assert.Equal(3, docs.Freq);
        Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, docs.NextDoc());
        Assert.Equal(1, leaf.DocFreq(new Term(PaperFields.Compound, "codesign")));
        Assert.Equal(["p1"], temp.Index.Search(new SearchRequest { Query = "pretraining", Limit = 10 }).Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void ASegmentWithoutCompounds_HasNoCompoundTerms_AndTheNextOneStillDoes()
    {
        using var temp = TempIndex.InCommits([
            [TestPapers.Make("p1", "Plain title", "Plain abstract.")],
            [TestPapers.Make("p2", "A self-supervised title", "Abstract.")],
        ]);
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);

        Assert.Null(reader.Leaves[0].AtomicReader.GetTerms(PaperFields.Compound));
        Assert.Equal(1, reader.Leaves[1].AtomicReader.DocFreq(new Term(PaperFields.Compound, "selfsupervis")));
    }

    /// <summary>The paper's document plus the reference field, inverted by Lucene as the compound field was.</summary>
    private static Document WithReference(Paper paper, Analyzer analyzer)
    {
        var doc = PaperDocumentMapper.ToDocument(paper);
        doc.Add(new Field(Reference, analyzer.GetTokenStream(Reference, HyphenatedRuns.Of(paper.Title, paper.Abstract)), ReferenceType));
        return doc;
    }

    /// <summary>Compounds that stress the buffer: none, repeats, one in both title and abstract, case and accents, long runs.</summary>
    private static IEnumerable<Paper> EdgeCases() =>
    [
        TestPapers.Make("c1", "", ""),
        TestPapers.Make("c2", "Pre-training", "pre-training, Pre-Training and PRE-TRAINING (pre-training)."),
        TestPapers.Make("c3", "State-of-the-art co-design", "A state-of-the-art co-design of ResNet-50 and X-ray tools."),
        TestPapers.Make("c4", "Naïve-Bayes für Café-Daten", "Über-fast naïve-Bayes; the café-daten set."),
        TestPapers.Make("c5", "A -dash and dash- alone", "Words with - spaces - around hyphens, and a--b."),
        TestPapers.Make("c6", "Pneumonoultramicroscopicsilicovolcanoconiosis-diagnostics", "Very-very-very-very-very-very-very-very-very-very-long-compound."),
    ];

    /// <summary>Compares the compound field with the reference in every segment; returns the segments' document counts.</summary>
    private static List<int> AssertSameAsReference(string path, int minTerms)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var counts = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(Reference) is not null)
            {
                var terms = SamePostings.Check(leaf.AtomicReader, PaperFields.Compound, Reference);
                Assert.True(terms >= minTerms, $"only {terms} compound terms compared");
                Assert.False(leaf.AtomicReader.GetTerms(PaperFields.Compound).HasPositions);
            }
            else
            {
                Assert.Null(leaf.AtomicReader.GetTerms(PaperFields.Compound));
            }
            counts.Add(leaf.AtomicReader.MaxDoc);
        }
        return counts;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
