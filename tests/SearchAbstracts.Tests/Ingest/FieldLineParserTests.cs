using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>The short lines of a record header and the page chrome around the records.</summary>
public sealed class FieldLineParserTests
{
    [Theory]
    [InlineData("Published: 09 February 2026", "2026-02-09")]
    [InlineData("Published: 9 February 2026", "2026-02-09")]
    [InlineData("Published: 9 Feb 2026", "2026-02-09")]
    [InlineData("Published: 9 Feb. 2026", "2026-02-09")]
    [InlineData("Published: 30 Sept 2025", "2025-09-30")]
    [InlineData("Published: 30 sep 2025", "2025-09-30")]
    [InlineData("Published:30 April 2026", "2026-04-30")]
    [InlineData("Published: 2026-04-30", "2026-04-30")]
    public void TryParse_PublishedLine_GivesTheDate(string line, string iso)
    {
        Assert.True(PublishedDateParser.IsPublishedLine(line));
        Assert.True(PublishedDateParser.TryParse(line, out var date));
        Assert.Equal(iso, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Published: 31 February 2026")]
    [InlineData("Published: 09 Febtember 2026")]
    [InlineData("Published: February 2026")]
    [InlineData("Published:")]
    public void TryParse_UnreadableDate_IsFalseButStillAPublishedLine(string line)
    {
        Assert.True(PublishedDateParser.IsPublishedLine(line));
        Assert.False(PublishedDateParser.TryParse(line, out _));
    }

    [Theory]
    [InlineData("Abstract Collect", null)]
    [InlineData("Abstract PDF (9.8 MB) Collect", "9.8 MB")]
    [InlineData("Abstract PDF (850 KB) Collect", "850 KB")]
    [InlineData("Abstract PDF (1.2 GB) Collect", "1.2 GB")]
    [InlineData("Abstract PDF ( 3,5 mb ) Collect", "3.5 MB")]
    [InlineData("Abstract PDF Collect", null)]
    [InlineData("Abstract", null)]
    public void PdfSize_ActionLine_GivesTheNormalisedSize(string line, string? size)
    {
        Assert.True(ActionLineParser.IsActionLine(line));
        Assert.Equal(size, ActionLineParser.PdfSize(line, out var unreadable));
        Assert.Null(unreadable);
    }

    [Fact]
    public void PdfSize_UnknownSizeText_KeepsItAndReportsIt()
    {
        Assert.Equal("large", ActionLineParser.PdfSize("Abstract PDF (large) Collect", out var unreadable));
        Assert.Equal("large", unreadable);
    }

    [Theory]
    [InlineData("Abstract: We study the scheduling of tasks")]
    [InlineData("Abstracts are collected here")]
    public void IsActionLine_ProseStartingWithAbstract_IsFalse(string line)
    {
        Assert.False(ActionLineParser.IsActionLine(line));
    }

    [Theory]
    [InlineData("Downloads:122", 122)]
    [InlineData("Downloads: 1,234", 1234)]
    [InlineData("Downloads: 1 234", 1234)]
    [InlineData("downloads : 0", 0)]
    public void TryParseDownloads_CountLine_GivesTheNumber(string line, int downloads)
    {
        Assert.True(ActionLineParser.IsDownloadsLine(line));
        Assert.True(ActionLineParser.TryParseDownloads(line, out var count));
        Assert.Equal(downloads, count);
    }

    [Theory]
    [InlineData("Downloads: many")]
    [InlineData("Downloads: 12,34")]
    [InlineData("Downloads: 99999999999")]
    public void TryParseDownloads_UnreadableCount_IsFalse(string line)
    {
        Assert.False(ActionLineParser.TryParseDownloads(line, out _));
    }

    [Fact]
    public void Parse_UnreadableDownloadsAndPdfSize_ReadsTheRecordWithWarnings()
    {
        const string text = "Issue\nA Title\nBig Data Mining and Analytics 2024, 7(1): 1-2\nPublished: 1 May 2024\n"
            + "Abstract PDF (large) Collect\nDownloads: many\n\nThe abstract.";

        var result = ListingReader.Parse(text, "inline.txt");

        var paper = Assert.Single(result.Papers);
        Assert.Equal(("large", (int?)null), (paper.PdfSize, paper.Downloads));
        Assert.Equal([(5, DiagnosticSeverity.Warning), (6, DiagnosticSeverity.Warning)], result.Diagnostics.Select(d => (d.Line, d.Severity)));
        Assert.Contains("unreadable download count \"Downloads: many\"", result.Diagnostics[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RecordWithoutPublishedLine_ReadsItWithoutADateAndWarns()
    {
        const string text = "Issue\nA Title\nBig Data Mining and Analytics 2024, 7(1): 1-2\nAbstract Collect\n\nThe abstract.";

        var result = ListingReader.Parse(text, "inline.txt");

        Assert.Null(Assert.Single(result.Papers).Published);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((1, DiagnosticSeverity.Warning, "record \"A Title\" has no \"Published:\" line; read without a date"), (warning.Line, warning.Severity, warning.Message));
    }

    [Theory]
    [InlineData("Total 8", 8)]
    [InlineData("Total 1,024", 1024)]
    [InlineData("Total: 3", 3)]
    public void TryParseTotal_TotalLine_GivesTheCount(string line, int total)
    {
        Assert.True(ListingChrome.TryParseTotal(line, out var count));
        Assert.Equal(total, count);
    }

    [Theory]
    [InlineData("Total cost fell by 8")]
    [InlineData("Totals 8")]
    public void TryParseTotal_Prose_IsFalse(string line)
    {
        Assert.False(ListingChrome.TryParseTotal(line, out _));
    }
}
