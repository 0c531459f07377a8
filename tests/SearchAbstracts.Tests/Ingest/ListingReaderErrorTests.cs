using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Records that cannot be read: each is skipped with one error at the right line; its neighbours are read.</summary>
public sealed class ListingReaderErrorTests
{
    private const string GraphReview = "Graph Neural Networks for Traffic Forecasting: A Review";
    private const string EnergyAware = "Energy-Aware Task Scheduling on Heterogeneous Multicore Processors";
    private const string Federated = "Federated Learning on Non-IID Data: Challenges and Solutions";

    [Fact]
    public void ReadFile_RecordWithoutCitation_SkipsItAndReadsTheOthers()
    {
        var result = Read("no-citation.txt");

        var error = AssertSkippedOne(result, 13, GraphReview, Federated);
        Assert.Equal(
            $"record \"{EnergyAware}\" has no citation line (expected \"Venue Year, Volume(Issue): First-Last\" "
            + "after the title, found \"Published: 31 July 2023\"); record skipped",
            error.Message);
    }

    [Fact]
    public void ReadFile_RecordWithoutTitle_SkipsItAndReadsTheOthers()
    {
        var result = Read("no-title.txt");

        var error = AssertSkippedOne(result, 12, GraphReview, Federated);
        Assert.StartsWith("record starting \"Issue\" has no title: the line after the article type is \"Journal of Computer Science", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_UnreadableDate_SkipsTheRecordAndNamesTheDate()
    {
        var result = Read("bad-date.txt");

        var error = AssertSkippedOne(result, 14, GraphReview, Federated);
        Assert.Contains($"record \"{EnergyAware}\" has an unreadable date \"Published: 31 Julember 2023\"", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; record skipped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_FileEndingBeforeAnAbstract_ReportsTheTruncatedRecord()
    {
        var result = Read("truncated.txt");

        var error = AssertSkippedOne(result, 19, GraphReview, EnergyAware);
        Assert.Equal($"record \"{Federated}\" ends before its abstract: the file stops at line 23 (truncated copy?); record skipped", error.Message);
    }

    [Fact]
    public void ReadFile_FileEndingAfterATitle_ReportsTheTruncatedRecord()
    {
        var result = Read("truncated-after-title.txt");

        var error = AssertSkippedOne(result, 19, GraphReview, EnergyAware);
        Assert.StartsWith("record \"Secure Aggregation for Cross-Silo Federated Learning\" ends right after its title: the file stops at line 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_RecordWithoutAbstract_SkipsItAndReadsTheNextRecordWhole()
    {
        var result = Read("no-abstract.txt");

        var error = AssertSkippedOne(result, 11, GraphReview, Federated);
        Assert.Equal($"record \"{EnergyAware}\" has no abstract: line 17 (\"Open Access Survey Issue\") follows its header directly; record skipped", error.Message);
        Assert.StartsWith("Federated learning trains a shared model", result.Papers[1].Abstract, StringComparison.Ordinal);
        Assert.Equal("survey", result.Papers[1].ArticleType);
    }

    [Fact]
    public void ReadFile_TotalDisagreesWithRecordsFound_Warns()
    {
        var result = Read("total-mismatch.txt");

        Assert.Equal(2, result.Papers.Count);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Warning, 19), (warning.Severity, warning.Line));
        Assert.Equal("listing says Total 9 but 2 records were found", warning.Message);
        Assert.Equal($"{TestPaths.Fixture("total-mismatch.txt")}:19: warning: listing says Total 9 but 2 records were found", warning.ToString());
    }

    [Fact]
    public void Parse_SeveralBadRecordsInARow_ReportsEachAndReadsTheRest()
    {
        const string text = """
            Issue
            First Paper
            Big Data Mining and Analytics 2024, 7(1): 1-2
            Published: 99 Smarch 2024
            Abstract Collect

            Text one.

            Open Access Issue
            Second Paper
            Published: 01 May 2024
            Abstract Collect

            Text two.

            Review Issue
            Third Paper
            Big Data Mining and Analytics 2024, 7(1): 5-6
            Published: 01 June 2024
            Abstract Collect

            Text three.
            Total 3
            """;

        var result = ListingReader.Parse(text, "inline.txt");

        Assert.Equal("Third Paper", Assert.Single(result.Papers).Title);
        Assert.Equal(2, result.Skipped);
        Assert.Equal([(4, DiagnosticSeverity.Error), (11, DiagnosticSeverity.Error)], result.Diagnostics.Select(d => (d.Line, d.Severity)));
    }

    [Fact]
    public void Parse_ProseEndingInIssueBeforeARecordWithoutCitation_BlamesOnlyThatRecord()
    {
        const string text = """
            Issue
            First Paper
            Big Data Mining and Analytics 2024, 7(1): 1-2
            Published: 01 May 2024
            Abstract Collect

            The abstract of the first paper.
            Guest Editors of the Special Issue

            Open Access Issue
            Second Paper
            Published: 01 May 2024
            Abstract Collect

            Text two.
            """;

        var result = ListingReader.Parse(text, "inline.txt");

        Assert.Equal("The abstract of the first paper. Guest Editors of the Special Issue", Assert.Single(result.Papers).Abstract);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(12, error.Line);
        Assert.StartsWith("record \"Second Paper\" has no citation line", error.Message, StringComparison.Ordinal);
    }

    private static PaperReadResult Read(string fixture) => ListingReader.ReadFile(TestPaths.Fixture(fixture));

    /// <summary>Asserts one record skipped with one error at <paramref name="line"/>, and the two good titles read.</summary>
    private static Diagnostic AssertSkippedOne(PaperReadResult result, int line, string before, string after)
    {
        Assert.Equal([before, after], result.Papers.Select(p => p.Title));
        Assert.Equal(1, result.Skipped);
        Assert.False(result.Unreadable);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, line), (error.Severity, error.Line));
        Assert.Equal(result.Papers[0].Source, error.File);
        return error;
    }
}
