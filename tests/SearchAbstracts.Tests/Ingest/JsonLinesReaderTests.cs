using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>How BEIR-style JSON Lines records map to papers, and how bad lines and duplicate ids are reported.</summary>
public sealed class JsonLinesReaderTests
{
    [Fact]
    public void ReadFile_BeirRecords_MapsIdTitleAndTextExactly()
    {
        var path = Fixture("beir.jsonl");

        var result = JsonLinesReader.ReadFile(path);

        Assert.Empty(result.Diagnostics);
        Assert.False(result.Unreadable);
        Assert.Equal(["4983", "1092", "31715818"], result.Papers.Select(p => p.Id));
        var first = result.Papers[0];
        Assert.Equal("Myelin water imaging of the neonatal brain at 3 T.", first.Title);
        Assert.StartsWith("Myelination proceeds rapidly", first.Abstract, StringComparison.Ordinal);
        Assert.Equal(("", null, null, "research", false, path), (first.Venue, first.Year, first.Published, first.ArticleType, first.OpenAccess, first.Source));
        Assert.Empty(first.Authors);
        Assert.Empty(first.Categories);
        // Escapes are decoded and the text is otherwise kept as given, blank line between paragraphs included.
        Assert.EndsWith("hip fracture.\n\nThe effect on falls was not significant.", result.Papers[1].Abstract, StringComparison.Ordinal);
        Assert.Contains("the \"pleiotropic\" effects seen in a cohort of 1\u00a0204 patients.", result.Papers[2].Abstract, StringComparison.Ordinal);
        Assert.Equal("", result.Papers[2].Title);
    }

    [Fact]
    public void ReadFile_ArxivRecords_ReadsAuthorsCategoriesAndListingDate()
    {
        var result = JsonLinesReader.ReadFile(Fixture("arxiv.jsonl"));

        Assert.Empty(result.Diagnostics);
        var (listed, updated) = (result.Papers[0], result.Papers[1]);
        Assert.Equal("2508.18231", listed.Id);
        Assert.Equal(("arXiv", 2025, new DateOnly(2025, 8, 26)), (listed.Venue, listed.Year, listed.Published));
        Assert.Equal(["Hye-Jin Park", "Marco Rossi", "Aiko Tanaka"], listed.Authors);
        Assert.Equal(["astro-ph", "astro-ph.GA"], listed.Categories);
        // Strings instead of arrays are split; update_date gives a year but is not a publication date.
        Assert.Equal(["Ana Silva", "Jonas Becker", "Li Wei"], updated.Authors);
        Assert.Equal(["cs.CL", "cs.IR", "cs.LG"], updated.Categories);
        Assert.Equal(("arXiv", 2025, null), (updated.Venue, updated.Year, updated.Published));
    }

    [Fact]
    public void ReadFile_CranfieldRecord_KeepsTheAuthorStringAsOneAuthor()
    {
        var paper = Assert.Single(JsonLinesReader.ReadFile(Fixture("cranfield.jsonl")).Papers);

        Assert.Equal("7", paper.Id);
        Assert.Equal(["hartley,j.w."], paper.Authors);
        Assert.Equal(("", null, null), (paper.Venue, paper.Year, paper.Pages));
    }

    [Fact]
    public void ReadFile_BibliographicMetadata_MapsVenueYearVolumeIssueAndPages()
    {
        var result = JsonLinesReader.ReadFile(Fixture("metadata-variants.jsonl"));

        Assert.Empty(result.Diagnostics);
        var (acl, tbd, plos) = (result.Papers[0], result.Papers[1], result.Papers[2]);
        // journal is preferred to booktitle; a numeric volume is kept as its text; BibTeX's number is the issue.
        Assert.Equal(("Computational Linguistics", 2021, "47", "3", "101", "128"), (acl.Venue, acl.Year, acl.Volume, acl.Issue, acl.FirstPage, acl.LastPage));
        Assert.Equal(new DateOnly(2021, 9, 1), acl.Published);
        // issue wins over number; a page id without a dash is the first page only; "March 2024" is no ISO date.
        Assert.Equal(("Big Data Mining and Analytics", 2024, "7", "1", "e1234", null), (tbd.Venue, tbd.Year, tbd.Volume, tbd.Issue, tbd.FirstPage, tbd.LastPage));
        Assert.Null(tbd.Published);
        Assert.Equal(("PLoS ONE 14(3)", 2019, "12-34"), (plos.Venue, plos.Year, plos.Pages));
        Assert.Equal(new DateOnly(2019, 3, 15), plos.Published);
    }

    [Fact]
    public void ReadFile_BadLines_SkipsEachWithOneErrorAndReadsTheRest()
    {
        var path = Fixture("bad-lines.jsonl");

        var result = JsonLinesReader.ReadFile(path);

        Assert.Equal(["ok-1", "ok-2"], result.Papers.Select(p => p.Id));
        Assert.False(result.Unreadable);
        Assert.Equal(10, result.Skipped);
        Assert.All(result.Diagnostics, d => Assert.Equal((path, DiagnosticSeverity.Error), (d.File, d.Severity)));
        Assert.All(result.Diagnostics, d => Assert.EndsWith("; line skipped", d.Message, StringComparison.Ordinal));
        Assert.Equal(
            [
                (2, "not valid JSON (error at column 72)"),
                (3, "not a JSON object (the line holds an array)"),
                (4, "no \"_id\""),
                (5, "\"_id\" is empty"),
                (6, "\"title\" must be a string, not a number"),
                (7, "\"metadata\" must be an object, not a string"),
                (8, "\"metadata.authors\" must hold only strings, not a number"),
                (9, "\"metadata.year\" must be a year such as 2024, not \"n.d.\""),
                (10, "record empty-1 has neither a title nor a text"),
                (11, "text after the end of the record at column 55 (two records on one line?)"),
            ],
            result.Diagnostics.Select(d => (d.Line, d.Message[..^"; line skipped".Length])));
    }

    [Fact]
    public void ReadFile_DuplicateId_WarnsWithBothLinesAndKeepsTheLaterRecord()
    {
        var path = Fixture("duplicates.jsonl");

        var result = JsonLinesReader.ReadFile(path);

        Assert.Equal(["Second version of a", "Only b"], result.Papers.Select(p => p.Title));
        Assert.Equal(0, result.Skipped);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(
            new Diagnostic(path, 3, DiagnosticSeverity.Warning,
                "duplicate _id \"a\" (also on line 1); the record on line 3 replaces the one on line 1"),
            warning);
    }

    [Fact]
    public void Parse_IdGivenAsNumber_KeepsItsDigits()
    {
        var paper = Assert.Single(Parse("{\"_id\": 12, \"text\": \"Only a text.\"}\n").Papers);

        Assert.Equal(("12", "", "Only a text."), (paper.Id, paper.Title, paper.Abstract));
    }

    [Theory]
    [InlineData("{\"_id\": true, \"title\": \"t\"}", "\"_id\" must be a string or a number, not true/false")]
    [InlineData("{\"_id\": \"1\", \"text\": [\"t\"]}", "\"text\" must be a string, not an array")]
    [InlineData("{\"_id\": \"1\", \"title\": \"t\", \"metadata\": {\"year\": 2024.5}}", "\"metadata.year\" must be a whole number, not 2024.5")]
    [InlineData("{\"_id\": \"1\", \"title\": \"t\", \"metadata\": {\"venue\": {\"name\": \"x\"}}}", "\"metadata.venue\" must be a string, not an object")]
    [InlineData("{\"_id\": \"1\", \"title\": \"t\", \"metadata\": {\"categories\": 5}}", "\"metadata.categories\" must be an array of strings or a string, not a number")]
    public void Parse_KnownFieldOfWrongType_SkipsTheLineAndNamesTheField(string line, string reason)
    {
        var result = Parse(line);

        Assert.Empty(result.Papers);
        Assert.Equal(1, result.Skipped);
        Assert.Equal(new Diagnostic("inline.jsonl", 1, DiagnosticSeverity.Error, reason + "; line skipped"), Assert.Single(result.Diagnostics));
    }

    [Fact]
    public void Parse_NullOptionalFields_ReadAsAbsent()
    {
        var paper = Assert.Single(Parse("{\"_id\": \"n\", \"title\": \"T\", \"text\": null, \"metadata\": {\"year\": null, \"authors\": null, \"venue\": null, \"year\": \"\"}}").Papers);

        Assert.Equal(("T", "", "", null), (paper.Title, paper.Abstract, paper.Venue, paper.Year));
        Assert.Empty(paper.Authors);
    }

    [Theory]
    [InlineData("\"date\": \"2019-03-15\"", 2019, "2019-03-15")]
    [InlineData("\"date\": \"March 2024\"", 2024, null)]
    [InlineData("\"published\": \"15/03/2019\"", 2019, null)]
    [InlineData("\"date\": \"May 12\", \"update_date\": \"2021-01-05\"", 2021, null)]
    [InlineData("\"listing_date\": \"2025-08-26\", \"year\": \"1999\"", 1999, "2025-08-26")]
    public void Parse_DateFields_GiveYearAndOnlyIsoDatesGivePublished(string fields, int year, string? published)
    {
        var paper = Assert.Single(Parse($"{{\"_id\": \"d\", \"title\": \"T\", \"metadata\": {{{fields}}}}}").Papers);

        Assert.Equal(year, paper.Year);
        Assert.Equal(published, paper.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string Fixture(string name) => TestPaths.Fixture(Path.Combine("jsonl", name));

    private static PaperReadResult Parse(string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return JsonLinesReader.Parse(stream, "inline.jsonl");
    }
}
