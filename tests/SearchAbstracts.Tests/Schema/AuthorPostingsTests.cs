using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// The <c>author</c> postings are written at flush from the words buffered for the segment, not inverted by Lucene.
/// Every paper here also gets a reference field holding its authors the way Lucene inverted them before: one analyzed
/// value per author, the name analyzer's gap between them. The two must hold the same terms, documents, frequencies,
/// positions, statistics and norms, in flushed segments, after a merge, and with several threads writing at once.
/// </summary>
public sealed class AuthorPostingsTests
{
    private const string Reference = "author_reference";

    [Fact]
    public void AuthorField_HoldsWhatLuceneInvertedFromTheNames_InFlushedAndMergedSegments()
    {
        var papers = EdgeCases().Concat(WithAuthors(SharedData.SamplePapers(2000))).ToList();
        using var temp = TempIndex.Empty();
        // Four commits: four flushed segments, the edge cases in the first.
        BufferedFieldWriting.InCommits(temp.Path, papers, WithReference, WriterAnalyzer());
        var segments = AssertSameAsReference(temp.Path);
        Assert.Equal(4, segments.Count);
        Assert.Equal(papers.Count, segments.Sum());

        BufferedFieldWriting.Merged(temp.Path, WriterAnalyzer());
        Assert.Equal([papers.Count], AssertSameAsReference(temp.Path));
    }

    [Fact]
    public void AuthorField_IsRight_WhenThreadsWriteSegmentsAtOnce()
    {
        var papers = EdgeCases().Concat(WithAuthors(SharedData.SamplePapers(3000))).ToList();
        using var temp = TempIndex.Empty();
        BufferedFieldWriting.Concurrently(temp.Path, papers, WithReference, WriterAnalyzer());
        var segments = AssertSameAsReference(temp.Path, minTerms: 5);
        Assert.True(segments.Count >= 8, $"only {segments.Count} segments");
        Assert.Equal(papers.Count, segments.Sum());
    }

    [Fact]
    public void AuthorPhrases_MatchWithinOneName_AndTheFlatFieldHoldsNoNames()
    {
        var paper = TestPapers.Make("p1", "Analytical engines", "Notes on the engine.") with { Authors = ["Ada Lovelace", "Charles Babbage"] };
        using var temp = TempIndex.With(paper);
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(1, searcher.Search(new PhraseQuery { new Term(PaperFields.Author, "charles"), new Term(PaperFields.Author, "babbage") }, 1).TotalHits);
        Assert.Equal(0, searcher.Search(new PhraseQuery { new Term(PaperFields.Author, "lovelace"), new Term(PaperFields.Author, "charles") }, 1).TotalHits);
        Assert.Equal(0, searcher.Search(new TermQuery(new Term(PaperFields.Text, "lovelace")), 1).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term(PaperFields.Text, "engin")), 1).TotalHits);
        var leaf = reader.Leaves.Single().AtomicReader;
        var positions = leaf.GetTermPositionsEnum(new Term(PaperFields.Author, "charles"));
        Assert.NotEqual(DocIdSetIterator.NO_MORE_DOCS, positions.NextDoc());
        // "ada" 0, "lovelace" 1, then the gap between authors.
        Assert.Equal(1 + NameAnalyzer.GapBetweenAuthors + 1, positions.NextPosition());
    }

    /// <summary>The reference field is analyzed as the author field was: by the name analyzer, with its gap between values.</summary>
    private static Analyzer WriterAnalyzer() => new PaperAnalyzer(new EnglishTextAnalyzer(), new Dictionary<string, Analyzer>(StringComparer.Ordinal)
    {
        [PaperFields.Author] = new NameAnalyzer(),
        [Reference] = new NameAnalyzer(),
    });

    /// <summary>The paper's document plus the reference field: one analyzed value per author, as Lucene inverted them.</summary>
    private static Document WithReference(Paper paper)
    {
        var doc = PaperDocumentMapper.ToDocument(paper);
        foreach (var author in paper.Authors)
        {
            doc.Add(new TextField(Reference, author, Field.Store.NO));
        }
        return doc;
    }

    /// <summary>Made-up author lists for papers without any (SciFact has none): names drawn from the paper's own words.</summary>
    private static IEnumerable<Paper> WithAuthors(List<Paper> papers) => papers.Select((paper, i) =>
    {
        if (paper.Authors.Count > 0)
        {
            return paper;
        }
        var words = paper.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var authors = Enumerable.Range(0, i % 7).Select(k => $"{words[k % Math.Max(1, words.Length)]} {words[(k + 1) % Math.Max(1, words.Length)]}").ToList();
        return paper with { Authors = words.Length == 0 ? [] : authors };
    });

    /// <summary>Names that stress positions and norms: empty names, punctuation only, accents, repeats, long lists.</summary>
    private static IEnumerable<Paper> EdgeCases() =>
    [
        TestPapers.Make("a1", "One author", "Text.") with { Authors = ["Ada Lovelace"] },
        TestPapers.Make("a2", "Empty names", "Text.") with { Authors = ["", "Ada Lovelace", ""] },
        TestPapers.Make("a3", "Punctuation names", "Text.") with { Authors = ["--", "...", "Wei Li"] },
        TestPapers.Make("a4", "Only punctuation", "Text.") with { Authors = ["--", "..."] },
        TestPapers.Make("a5", "Accents", "Text.") with { Authors = ["Émile Borel", "Jürgen Müller", "Zoë O'Brien-Smith"] },
        TestPapers.Make("a6", "Repeated names", "Text.") with { Authors = ["Wei Li", "Li Wei", "Wei Li", "Wei Li Wei"] },
        TestPapers.Make("a7", "Many authors", "Text.") with { Authors = Enumerable.Range(0, 400).Select(i => $"Author{i % 37} Name{i}").ToList() },
        TestPapers.Make("a8", "No authors", "Text."),
        TestPapers.Make("a9", "A long name", "Text.") with { Authors = [new string('x', 300) + " Short", "Y. Z."] },
    ];

    /// <summary>Compares the author field with the reference in every segment; returns the segments' document counts.</summary>
    private static List<int> AssertSameAsReference(string path, int minTerms = 30)
    {
        using var directory = FSDirectory.Open(path);
        using var reader = DirectoryReader.Open(directory);
        var counts = new List<int>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = SamePostings.Check(leaf.AtomicReader, PaperFields.Author, Reference);
            Assert.True(terms >= minTerms, $"only {terms} terms of {PaperFields.Author} compared");
            counts.Add(leaf.AtomicReader.MaxDoc);
        }
        return counts;
    }
}
