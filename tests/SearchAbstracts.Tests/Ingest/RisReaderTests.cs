using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>How RIS records (Scopus, PubMed-style, broken exports) become papers, and what is reported where.</summary>
public sealed class RisReaderTests
{
    [Fact]
    public void ReadFile_ScopusJournalRecord_MapsEveryField()
    {
        var path = Fixture("scopus.ris");

        var result = RisReader.ReadFile(path);

        Assert.False(result.Unreadable);
        var paper = result.Papers[0];
        Assert.Equal("doi:10.1093/jamia/ocad241", paper.Id);
        Assert.Equal("Retrieval-augmented generation for clinical question answering: a systematic evaluation", paper.Title);
        Assert.Equal("Large language models answer clinical questions fluently but cite evidence unreliably. We compare five "
            + "retrieval-augmented pipelines on 1,200 questions written by physicians.", paper.Abstract);
        // T2 (the full journal name) wins over J2 (its abbreviation).
        Assert.Equal("Journal of the American Medical Informatics Association", paper.Venue);
        Assert.Equal((2024, "31", "4", "812", "825"), (paper.Year, paper.Volume, paper.Issue, paper.FirstPage, paper.LastPage));
        Assert.Equal(new DateOnly(2024, 3, 18), paper.Published);
        Assert.Equal(("research", false, path), (paper.ArticleType, paper.OpenAccess, paper.Source));
        Assert.Equal(["Wei Chen", "Chidi Okafor", "Maria L. Santos"], paper.Authors);
        Assert.Equal(["retrieval-augmented generation", "large language models", "clinical decision support"], paper.Categories);
    }

    [Fact]
    public void ReadFile_ConferenceRecordWithoutDoi_UsesItsIdAndWarnsAboutTheMissingAbstract()
    {
        var path = Fixture("scopus.ris");

        var result = RisReader.ReadFile(path);

        var paper = result.Papers[1];
        Assert.Equal("ivanova2024contrastive", paper.Id);
        Assert.Equal(("Proceedings of the 41st International Conference on Machine Learning", 2024, null), (paper.Venue, paper.Year, paper.Published));
        // A whole range in SP is split.
        Assert.Equal(("20114", "20130"), (paper.FirstPage, paper.LastPage));
        Assert.Equal(("", "research"), (paper.Abstract, paper.ArticleType));
        Assert.Equal($"{path}:28: warning: record ivanova2024contrastive has no abstract; indexed with its title only",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ReadFile_PubmedStyleWithBomAndCrlf_ReadsAlternativeTagsAndContinuationLines()
    {
        var result = RisReader.ReadFile(Fixture("pubmed.ris"));

        Assert.Empty(result.Diagnostics);
        var paper = Assert.Single(result.Papers);
        // The DOI comes from the doi.org link in UR and wins over ID.
        Assert.Equal("doi:10.1016/j.xops.2023.100287", paper.Id);
        Assert.Equal("Deep learning detects diabetic retinopathy from smartphone fundus photographs", paper.Title);
        Assert.Equal(["Farhana Rahman", "Patrick O'Neill"], paper.Authors);
        Assert.Equal(("Ophthalmology Science", 2023, new DateOnly(2023, 5, 17)), (paper.Venue, paper.Year, paper.Published));
        Assert.Equal(("3", "2", "100287", null), (paper.Volume, paper.Issue, paper.FirstPage, paper.LastPage));
        Assert.Equal("Smartphone adapters make fundus photography cheap, but image quality varies. We trained a convolutional "
            + "network on 41,000 smartphone images graded by two retina specialists.\n\nThe network reached a sensitivity of "
            + "0.93 for referable retinopathy in an external test set.", paper.Abstract);
        Assert.Equal(["diabetic retinopathy", "deep learning", "telemedicine"], paper.Categories);
    }

    [Fact]
    public void ReadFile_BrokenExport_ReportsEachProblemAtTheRecordsTyLine()
    {
        var path = Fixture("broken.ris");

        var result = RisReader.ReadFile(path);

        Assert.Equal(["bmc-bioinformatics-2020-21-77", "doi:10.5281/zenodo.1234567"], result.Papers.Select(p => p.Id));
        Assert.Equal(2, result.Skipped);
        Assert.Equal(
        [
            $"{path}:1: warning: text outside a record (no TY line before it); ignored up to the next TY line",
            $"{path}:4: error: the record has no title; record skipped",
            $"{path}:10: warning: the record that starts on line 10 has no ER line; it ends at the TY on line 16",
            $"{path}:10: warning: the record has no abstract; indexed with its title only",
            $"{path}:16: error: the record: no DOI, key or citation to make an id from; add a DOI or key; record skipped",
            $"{path}:21: warning: an ER line with no TY line before it; ignored up to the next TY line",
            $"{path}:22: warning: the record that starts on line 22 has no ER line (the file may be cut short); it is read as it is",
            $"{path}:22: warning: the record has no abstract; indexed with its title only",
        ], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(("Cut off at the end of the file", "", 0), (result.Papers[1].Title, result.Papers[1].Venue, result.Papers[1].Authors.Count));
    }

    [Fact]
    public void Parse_VenueTags_PreferFullNamesToAbbreviations()
    {
        var result = Parse("""
            TY  - JOUR
            ID  - a
            TI  - Full name first
            JA  - Bioinformatics (Oxf)
            JO  - Bioinformatics
            T2  - Bioinformatics: Official Journal
            JF  - Bioinformatics Journal
            AB  - x
            ER  -
            TY  - JOUR
            ID  - b
            TI  - Only abbreviations
            J2  - Brief. Bioinform.
            JA  - Brief Bioinform
            AB  - x
            ER  -
            """);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Bioinformatics Journal", "Brief Bioinform"], result.Papers.Select(p => p.Venue));
    }

    [Theory]
    [InlineData("JOUR", "research")]
    [InlineData("CPAPER", "research")]
    [InlineData("CHAP", "research")]
    [InlineData("BOOK", "book")]
    [InlineData("THES", "thesis")]
    [InlineData("RPRT", "report")]
    [InlineData("PAT", "pat")]
    public void Parse_TyCode_GivesTheArticleType(string ty, string type)
    {
        var paper = Assert.Single(Parse($"TY  - {ty}\nID  - k\nTI  - T\nAB  - A\nER  - \n").Papers);

        Assert.Equal(type, paper.ArticleType);
    }

    [Theory]
    [InlineData("PY  - 2019///", 2019, null)]
    [InlineData("PY  - 2019/07/04/Summer", 2019, "2019-07-04")]
    [InlineData("Y1  - 2018\nDA  - 2018-11-30", 2018, "2018-11-30")]
    [InlineData("DA  - 2017/02", 2017, null)]
    public void Parse_DateTags_GiveYearAndOnlyFullDatesGivePublished(string tags, int year, string? published)
    {
        var paper = Assert.Single(Parse($"TY  - JOUR\nID  - k\nTI  - T\nAB  - A\n{tags}\nER  - \n").Papers);

        Assert.Equal(year, paper.Year);
        Assert.Equal(published, paper.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_YearWithoutDigits_WarnsAndLeavesItUnknown()
    {
        var result = Parse("TY  - JOUR\nID  - k\nTI  - T\nAB  - A\nPY  - in press\nER  - \n");

        Assert.Null(Assert.Single(result.Papers).Year);
        Assert.Equal("inline.ris:1: warning: record k: date \"in press\" has no four-digit year; the year is left unknown",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_DuplicateDoi_KeepsTheLaterRecordWithAWarning()
    {
        var result = Parse("TY  - JOUR\nTI  - First\nDO  - 10.1/X\nER  - \nTY  - JOUR\nTI  - Second\nDO  - https://doi.org/10.1/x\nER  - \n");

        Assert.Equal("Second", Assert.Single(result.Papers).Title);
        Assert.Contains("inline.ris:5: warning: duplicate id \"doi:10.1/x\" (also on line 1); the record on line 5 replaces the one on line 1",
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_NoRecords_ReportsTheFileAsEmpty()
    {
        var result = Parse("\n\n");

        Assert.Empty(result.Papers);
        Assert.Equal("inline.ris: error: contains no records (expected RIS records from a \"TY  - JOUR\" line to an \"ER  - \" line)",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadableWithOneLineZeroError()
    {
        var path = Fixture("missing.ris");

        var result = RisReader.ReadFile(path);

        Assert.True(result.Unreadable);
        Assert.Equal($"{path}: error: cannot read the file: no such file; check the path", Assert.Single(result.Diagnostics).ToString());
    }

    private static string Fixture(string name) => TestPaths.Fixture(Path.Combine("ris", name));

    private static PaperReadResult Parse(string text) => RisReader.Parse(new StringReader(text), "inline.ris");
}
