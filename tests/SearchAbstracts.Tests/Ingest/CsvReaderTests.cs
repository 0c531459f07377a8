using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>
/// How CSV and TSV exports become papers: RFC 4180 quoting, header names and their synonyms, <c>--map</c>, and
/// diagnostics at the physical line where a row starts.
/// </summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void ReadFile_ScopusCsv_ReadsGoodRowsAndReportsBadOnesAtTheirFirstLine()
    {
        var path = Fixture("scopus.csv");

        var result = CsvReader.ReadFile(path, ',');

        Assert.False(result.Unreadable);
        Assert.Equal(["doi:10.1162/tacl_a_00594", "doi:10.1016/j.media.2023.103042", "critical-care-medicine-2021-49-3-e256"],
            result.Papers.Select(p => p.Id));
        Assert.Equal(2, result.Skipped);
        Assert.Equal(
        [
            $"{path}:1: warning: 2 columns are not read (no paper field by that name): \"Link\", \"EID\"; read one with --map COLUMN=FIELD",
            $"{path}:6: error: the row has no title; row skipped",
            $"{path}:7: error: the row has 15 fields but the header has 14 (a field holding a \",\" that is not in quotes?); row skipped",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReadFile_ScopusCsv_MapsEveryFieldOfAQuotedMultiLineRow()
    {
        var path = Fixture("scopus.csv");

        var paper = CsvReader.ReadFile(path, ',').Papers[0];

        Assert.Equal("doi:10.1162/tacl_a_00594", paper.Id);
        Assert.Equal("Sparse mixture-of-experts for low-resource machine translation", paper.Title);
        // Doubled quotes are one quote; the blank line inside the quoted field is kept.
        Assert.Equal("Mixture-of-experts models route each token to a few \"expert\" networks, so capacity grows without a "
            + "matching growth in compute.\n\nWe train sparse models for 24 low-resource language pairs and find gains of 2-4 "
            + "BLEU, largest for pairs with under 100,000 sentence pairs.", paper.Abstract);
        Assert.Equal("Transactions of the Association for Computational Linguistics", paper.Venue);
        Assert.Equal((2023, "11", null, "1187", "1203", null), (paper.Year, paper.Volume, paper.Issue, paper.FirstPage, paper.LastPage, paper.Published));
        Assert.Equal(("research", path), (paper.ArticleType, paper.Source));
        Assert.Equal(["Anna Kowalski", "Omar Haddad", "Min-jun Lee"], paper.Authors);
        Assert.Equal(["mixture of experts", "machine translation", "low-resource languages"], paper.Categories);
        var review = CsvReader.ReadFile(path, ',').Papers[1];
        Assert.Equal(("review", "103042", null), (review.ArticleType, review.FirstPage, review.LastPage));
    }

    [Fact]
    public void ReadFile_ZoteroTsv_ReadsKeysItemTypesDatesAndPageRanges()
    {
        var path = Fixture("zotero.tsv");

        var result = CsvReader.ReadFile(path, '\t');

        var (bert, resnet) = (result.Papers[0], result.Papers[1]);
        Assert.Equal("X7K2PQ9A", bert.Id);
        Assert.Equal("BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", bert.Title);
        Assert.Equal("We introduce a new language representation model called BERT.\nUnlike recent language representation models, "
            + "BERT is designed to pre-train deep bidirectional representations from unlabeled text.", bert.Abstract);
        Assert.Equal(("Proceedings of NAACL-HLT", 2019, new DateOnly(2019, 6, 2)), (bert.Venue, bert.Year, bert.Published));
        Assert.Equal((null, null, "4171", "4186", "research"), (bert.Volume, bert.Issue, bert.FirstPage, bert.LastPage, bert.ArticleType));
        Assert.Equal(["Jacob Devlin", "Ming-Wei Chang", "Kenton Lee", "Kristina Toutanova"], bert.Authors);
        Assert.Equal(["NLP", "transformers"], bert.Categories);
        // A DOI wins over the Zotero key; "2016-06" gives a year but no day.
        Assert.Equal(("doi:10.1109/cvpr.2016.90", 2016, null, "770-778"), (resnet.Id, resnet.Year, resnet.Published, resnet.Pages));
        Assert.Equal(
        [
            $"{path}:1: warning: 1 column is not read (no paper field by that name): \"Extra\"; read one with --map COLUMN=FIELD",
            $"{path}:4: warning: the row has no abstract; indexed with its title only",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReadFile_NoTitleColumn_IsOneErrorNamingTheHeaderAndMap()
    {
        var path = Fixture("no-title.csv");

        var result = CsvReader.ReadFile(path, ',');

        Assert.Empty(result.Papers);
        Assert.False(result.Unreadable);
        Assert.Equal($"{path}:1: error: no title column in the header \"id,name,summary,year\"; name the column that holds titles with --map COLUMN=title",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ReadFile_NoTitleColumnMapped_ReadsTheRows()
    {
        var map = CsvColumnMap.Parse(["name=title", " Summary = Abstract "]);

        var result = CsvReader.ReadFile(Fixture("no-title.csv"), ',', map);

        Assert.Empty(result.Diagnostics);
        var paper = Assert.Single(result.Papers);
        Assert.Equal(("1", "Deep residual learning", "We reformulate layers as learning residual functions.", 2016),
            (paper.Id, paper.Title, paper.Abstract, paper.Year));
    }

    [Fact]
    public void Parse_MappedColumn_WinsOverANamedOneAndIgnoreSwitchesAColumnOff()
    {
        const string Csv = "Title,Short title,Abstract,Description,Key\nLong,Short,The abstract,Not an abstract,k1\n";
        var map = CsvColumnMap.Parse(["Short title=title", "description=ignore"]);

        var paper = Assert.Single(Parse(Csv, ',', map).Papers);

        Assert.Equal(("Short", "The abstract", "k1"), (paper.Title, paper.Abstract, paper.Id));
    }

    [Fact]
    public void Parse_QuotingEdgeCases_FollowRfc4180()
    {
        const string Csv = "title,abstract,id\r\n\"A, B and \"\"C\"\"\",\"line one\r\nline two\",1\r\n\r\nplain \"quote\" inside,x,2\r\n,,,\r\n";

        var result = Parse(Csv, ',');

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["A, B and \"C\"", "plain \"quote\" inside"], result.Papers.Select(p => p.Title));
        Assert.Equal("line one\nline two", result.Papers[0].Abstract);
    }

    [Fact]
    public void Parse_UnclosedQuote_SkipsTheRestWithAnErrorAtTheRowsFirstLine()
    {
        const string Csv = "title,abstract,id\nGood,\"fine\",1\n\nBad,\"never closed,2\nNext,row,3\n";

        var result = Parse(Csv, ',');

        Assert.Equal("1", Assert.Single(result.Papers).Id);
        Assert.Equal("inline.csv:4: error: the quote that opens field 2 is never closed, so the rest of the file was read into it; close the quote; row skipped",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_RowWithTooFewFields_IsSkippedAndLineNumbersCountQuotedLineBreaks()
    {
        const string Csv = "title\tabstract\tid\n\"Multi\nline\"\ttext\t1\nShort\t2\nLast\ttext\t3\n";

        var result = Parse(Csv, '\t');

        Assert.Equal(["1", "3"], result.Papers.Select(p => p.Id));
        Assert.Equal("inline.csv:4: error: the row has 2 fields but the header has 3 (a line break in a field that is not in quotes?); row skipped",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_AuthorsSeparatedByAnd_AndCombinedPages()
    {
        var paper = Assert.Single(Parse("title,authors,pages,journal,year,volume,number\nT,\"Ada Lovelace and Babbage, Charles\",12-34,J. Test,2020,5,2\n", ',').Papers);

        Assert.Equal(["Ada Lovelace", "Charles Babbage"], paper.Authors);
        Assert.Equal(("12", "34", "j-test-2020-5-2-12"), (paper.FirstPage, paper.LastPage, paper.Id));
    }

    [Fact]
    public void Parse_MappedColumnMissingFromTheHeader_IsWarned()
    {
        var result = Parse("title,id\nT,1\n", ',', CsvColumnMap.Parse(["Summary=abstract"]));

        Assert.Equal(
        [
            "inline.csv:1: warning: --map names the column \"Summary\", which the header does not have",
            "inline.csv:2: warning: the row has no abstract; indexed with its title only",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_EmptyText_ReportsNoRecords()
    {
        var result = Parse("\n\n", ',');

        Assert.Equal("inline.csv: error: contains no records (expected a header row such as \"title,abstract\" and one row per paper)",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Theory]
    [InlineData("Title", "--map \"Title\" is not COLUMN=FIELD; write for example --map \"Source title=venue\"")]
    [InlineData("=title", "--map \"=title\" is not COLUMN=FIELD; write for example --map \"Source title=venue\"")]
    [InlineData("Name=heading", "--map \"Name=heading\": unknown field \"heading\"; the fields are title, abstract, venue, year, volume, issue, pages, first_page, last_page, doi, id, authors, published, type, categories, ignore")]
    public void CsvColumnMap_BadSpecification_ThrowsWithASentenceForTheUser(string mapping, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => CsvColumnMap.Parse([mapping]));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void CsvColumnMap_SameColumnTwice_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => CsvColumnMap.Parse(["Name=title", "name=abstract"]));

        Assert.Equal("--map \"name=abstract\": column \"name\" is already mapped to title; map each column once", e.Message);
    }

    [Fact]
    public void CsvColumnMap_FieldNamesInAnySpelling_AreAccepted()
    {
        var map = CsvColumnMap.Parse(["Start=First-Page", "End=LAST_PAGE", "a=b=doi"]);

        Assert.Equal(3, map.Count);
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadableWithOneLineZeroError()
    {
        var path = Fixture("missing.tsv");

        var result = CsvReader.ReadFile(path, '\t');

        Assert.True(result.Unreadable);
        Assert.Equal($"{path}: error: cannot read the file: no such file; check the path", Assert.Single(result.Diagnostics).ToString());
    }

    private static string Fixture(string name) => TestPaths.Fixture(Path.Combine("csv", name));

    private static PaperReadResult Parse(string text, char delimiter, CsvColumnMap? map = null) =>
        CsvReader.Parse(new StringReader(text), "inline.csv", delimiter, map);
}
