using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Variations a copied listing shows in practice: each is read as if it were the clean form.</summary>
public sealed class ListingReaderToleranceTests
{
    private const string GraphReviewAbstract =
        "Traffic forecasting is a core task of intelligent transportation systems. This review summarises graph "
        + "neural network approaches that model road networks as graphs, compares their accuracy on public "
        + "benchmarks, and outlines open problems in scalability and interpretability.";

    /// <summary>The three records of the tolerance fixtures, from the plainest file, without Source.</summary>
    private static IReadOnlyList<Paper> Reference => WithoutSource(Read("no-sort-no-total.txt").Papers);

    [Fact]
    public void ReadFile_NoSortNoTotal_ReadsEveryField()
    {
        var result = Read("no-sort-no-total.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Papers.Count);
        var paper = result.Papers[0];
        Assert.Equal("big-data-mining-and-analytics-2024-7-1-1", paper.Id);
        Assert.Equal("Graph Neural Networks for Traffic Forecasting: A Review", paper.Title);
        Assert.Equal("Big Data Mining and Analytics", paper.Venue);
        Assert.Equal((2024, "7", "1", "1", "25"), (paper.Year, paper.Volume, paper.Issue, paper.FirstPage, paper.LastPage));
        Assert.Equal(new DateOnly(2024, 1, 15), paper.Published);
        Assert.Equal(("research", true, "3.2 MB", 1045), (paper.ArticleType, paper.OpenAccess, paper.PdfSize, paper.Downloads));
        Assert.Equal(GraphReviewAbstract, paper.Abstract);
        Assert.Equal(TestPaths.Fixture("no-sort-no-total.txt"), paper.Source);
        Assert.Equal(["research", "research", "survey"], result.Papers.Select(p => p.ArticleType));
    }

    [Theory]
    [InlineData("crlf.txt")]
    [InlineData("bom.txt")]
    [InlineData("trailing-spaces.txt")]
    [InlineData("extra-blank-lines.txt")]
    public void ReadFile_LayoutVariation_ReadsTheSamePapersAsThePlainFile(string fixture)
    {
        var result = Read(fixture);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Reference, WithoutSource(result.Papers));
    }

    [Fact]
    public void ReadFile_CrlfAndBomFixtures_AreStoredWithThoseBytes()
    {
        // Guards the fixtures themselves: if git normalised them, the tests above would prove nothing.
        Assert.Contains("\r\n", File.ReadAllText(TestPaths.Fixture("crlf.txt")), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(TestPaths.Fixture("bom.txt"))[..3]);
        Assert.Contains(" \t\n", File.ReadAllText(TestPaths.Fixture("trailing-spaces.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_NoPdfNoDownloads_LeavesThemEmpty()
    {
        var papers = Read("no-pdf-no-downloads.txt").Papers;

        Assert.Equal(2, papers.Count);
        Assert.Equal(("perspective", null, false, null), (papers[0].ArticleType, papers[0].PdfSize, papers[0].HasPdf, papers[0].Downloads));
        Assert.Equal(("4.6 MB", true, (int?)null), (papers[1].PdfSize, papers[1].HasPdf, papers[1].Downloads));
    }

    [Fact]
    public void ReadFile_AbstractWrappedOverLines_RejoinsWithSingleSpaces()
    {
        var result = Read("multi-line-abstract.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "Training jobs that run for weeks lose hours of work to each failure. Fixed checkpoint intervals either "
            + "waste I/O bandwidth or lose too much progress, so we adapt the interval to the observed failure rate "
            + "and the checkpoint cost. On a 512-GPU cluster the scheme cuts lost time by 41%.",
            result.Papers[0].Abstract);
        Assert.Equal(new DateOnly(2023, 6, 1), result.Papers[0].Published);
        Assert.Equal("Energy-Aware Task Scheduling on Heterogeneous Multicore Processors", result.Papers[1].Title);
    }

    [Fact]
    public void ReadFile_AbstractInParagraphs_JoinsParagraphsWithOneBlankLine()
    {
        var result = Read("multi-paragraph-abstract.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(
            "Retrieval-augmented generation depends on fast approximate nearest-neighbour search. We benchmark six "
            + "vector databases on four workloads.\n\nResults show that index build time, not query latency, dominates "
            + "cost for frequently updated corpora.\n\nWe release the harness and all measurements.",
            result.Papers[1].Abstract);
        Assert.Equal("review", result.Papers[1].ArticleType);
        Assert.Equal(GraphReviewAbstract, result.Papers[0].Abstract);
    }

    [Fact]
    public void ReadFile_UnknownArticleTypes_KeepsTheWordsLowerCased()
    {
        var result = Read("unknown-article-type.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["editorial", "letter to the editor", "research"], result.Papers.Select(p => p.ArticleType));
        Assert.Equal([false, true, false], result.Papers.Select(p => p.OpenAccess));
    }

    [Fact]
    public void ReadFile_ProseLinesEndingInIssue_StayInTheAbstract()
    {
        var result = Read("abstract-ending-in-issue.txt");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(3, result.Papers.Count);
        Assert.Equal(
            "This editorial introduces the papers collected in this Special Issue on reliable machine learning "
            + "systems and summarises their contributions.\n\nGuest Editors of the Special Issue",
            result.Papers[0].Abstract);
        Assert.Equal("Graph Neural Networks for Traffic Forecasting: A Review", result.Papers[1].Title);
        Assert.EndsWith("privacy.\n\nPreface to the Special Issue", result.Papers[2].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_CitationAndFieldVariants_ReadsEachForm()
    {
        var result = Read("field-variants.txt");

        Assert.Empty(result.Diagnostics);
        var (tsinghua, single, noIssue) = (result.Papers[0], result.Papers[1], result.Papers[2]);
        Assert.Equal("Journal of Tsinghua University (Science and Technology)", tsinghua.Venue);
        Assert.Equal(("11", "1205", "1214"), (tsinghua.Issue, tsinghua.FirstPage, tsinghua.LastPage));
        Assert.Equal((new DateOnly(2021, 11, 5), "850 KB", 1234), (tsinghua.Published!.Value, tsinghua.PdfSize!, tsinghua.Downloads!.Value));
        Assert.Equal(("401", null, "401"), (single.FirstPage, single.LastPage, single.Pages));
        Assert.Equal((new DateOnly(2020, 9, 9), "12 MB"), (single.Published!.Value, single.PdfSize!));
        Assert.Equal(("4", null, new DateOnly(2022, 2, 28)), (noIssue.Volume, noIssue.Issue, noIssue.Published!.Value));
        Assert.Equal("ccf-transactions-on-high-performance-computing-2022-4-77", noIssue.Id);
    }

    [Fact]
    public void ReadFile_RecordWithoutTypeLine_ReadsItAsResearchWithAWarning()
    {
        var result = Read("missing-type-line.txt");

        Assert.Equal(3, result.Papers.Count);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 11), (warning.Severity, warning.Line));
        Assert.StartsWith("record \"Energy-Aware Task Scheduling on Heterogeneous Multicore Processors\" has no article-type line", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("research", false), (result.Papers[1].ArticleType, result.Papers[1].OpenAccess));
        Assert.Equal(Reference[0], WithoutSource(result.Papers)[0]);
    }

    [Fact]
    public void ReadFile_TextBeforeTheFirstRecord_WarnsOnceAndReadsTheRecords()
    {
        var result = Read("stray-text.txt");

        Assert.Equal(Reference, WithoutSource(result.Papers));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 1), (warning.Severity, warning.Line));
        Assert.Equal("2 lines of text outside any record ignored, starting \"Search results for \"large models\"\"", warning.Message);
    }

    [Fact]
    public void Parse_RecordFieldsInAnotherOrder_ReadsThem()
    {
        const string text = "Open Access Issue\nA Title\nTsinghua Science and Technology 2024, 29(5): 1-9\n"
            + "Abstract PDF (1 MB) Collect\nDownloads:7\nPublished: 3 May 2024\n\nThe abstract.";

        var paper = Assert.Single(ListingReader.Parse(text, "inline.txt").Papers);

        Assert.Equal((new DateOnly(2024, 5, 3), "1 MB", 7), (paper.Published!.Value, paper.PdfSize!, paper.Downloads!.Value));
        Assert.Equal(("The abstract.", "inline.txt"), (paper.Abstract, paper.Source!));
    }

    private static PaperReadResult Read(string fixture) => ListingReader.ReadFile(TestPaths.Fixture(fixture));

    private static List<Paper> WithoutSource(IEnumerable<Paper> papers) => papers.Select(p => p with { Source = null }).ToList();
}
