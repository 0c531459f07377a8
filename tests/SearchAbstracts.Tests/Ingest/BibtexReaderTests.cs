using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>
/// How BibTeX entries become papers: field mapping, LaTeX to Unicode, @string macros, ids, and how a broken entry
/// is reported at its own line while its neighbours are still read.
/// </summary>
public sealed class BibtexReaderTests
{
    [Fact]
    public void ReadFile_ZoteroExport_ReadsEveryGoodEntryAndReportsEachBrokenOneAtItsLine()
    {
        var path = Fixture("zotero.bib");

        var result = BibtexReader.ReadFile(path);

        Assert.False(result.Unreadable);
        Assert.Equal(["vaswani2017attention", "doi:10.1038/s41467-021-21234-5", "doi:10.48550/arxiv.2302.13971", "Lindqvist2022"],
            result.Papers.Select(p => p.Id));
        Assert.Equal(2, result.Skipped);
        Assert.Equal(
        [
            $"{path}:37: error: @article{{broken2020}}: expected \"}}\" or \",\" after the value of field title but found \"a\" on line 39; entry skipped",
            $"{path}:43: warning: @misc{{touvron2023llama}} has no abstract; indexed with its title only",
            $"{path}:53: error: @article{{unclosed2019}}: the entry runs into the next entry on line 59 (a closing }} is missing, in the value of field title or after it); entry skipped",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ReadFile_InproceedingsWithMacroVenue_MapsEveryField()
    {
        var path = Fixture("zotero.bib");

        var paper = BibtexReader.ReadFile(path).Papers[0];

        Assert.Equal("vaswani2017attention", paper.Id);
        Assert.Equal("Attention is All you Need", paper.Title);
        Assert.Equal(
            "The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an "
            + "encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on "
            + "attention mechanisms.\n\nExperiments on two machine translation tasks show these models to be superior in "
            + "quality while being more parallelizable.", paper.Abstract);
        Assert.Equal("Advances in Neural Information Processing Systems", paper.Venue);
        Assert.Equal((2017, "30", null, "5998", "6008"), (paper.Year, paper.Volume, paper.Issue, paper.FirstPage, paper.LastPage));
        // month = dec names no day, so there is no publication date.
        Assert.Null(paper.Published);
        Assert.Equal(("research", false, null, null, path), (paper.ArticleType, paper.OpenAccess, paper.PdfSize, paper.Downloads, paper.Source));
        Assert.Equal(["Ashish Vaswani", "Noam Shazeer", "Niki Parmar", "Jakob Uszkoreit", "Llion Jones", "Aidan N. Gomez", "Łukasz Kaiser", "Illia Polosukhin"],
            paper.Authors);
        Assert.Equal(["attention", "machine translation", "transformers"], paper.Categories);
    }

    [Fact]
    public void ReadFile_ArticleWithLatex_TurnsAccentsEscapesAndDashesIntoUnicode()
    {
        var paper = BibtexReader.ReadFile(Fixture("zotero.bib")).Papers[1];

        Assert.Equal("Single-Cell Transcriptomics of Human T Cells Reveals Tissue & Circulation Signatures", paper.Title);
        Assert.Equal(["Jana Müller", "José Gómez", "Lars Østergaard", "Ken Nakamura"], paper.Authors);
        // "nc # \" Communications\"": an @string macro joined to a literal.
        Assert.Equal(("Nature Communications", 2021, "12", "3", "1021-1034"), (paper.Venue, paper.Year, paper.Volume, paper.Issue, paper.Pages));
        Assert.Equal(
            "T cells patrol blood and tissues. Using single-cell RNA sequencing of 48 000 cells in vivo, we find that "
            + "$\\beta$-catenin signalling separates resident from circulating CD4\u2013CD8 populations in 12 donors \u2014 a "
            + "pattern missed by bulk assays.", paper.Abstract);
        Assert.Equal(["single-cell", "T cells", "transcriptomics"], paper.Categories);
    }

    [Fact]
    public void ReadFile_ArxivMiscAndBiblatexFields_GiveVenueYearAndDate()
    {
        var result = BibtexReader.ReadFile(Fixture("zotero.bib"));
        var (llama, icu) = (result.Papers[2], result.Papers[3]);

        Assert.Equal("LLaMA: Open and Efficient Foundation Language Models", llama.Title);
        Assert.Equal("", llama.Abstract);
        Assert.Equal(("arXiv", 2023, null), (llama.Venue, llama.Year, llama.Published));
        // "and others" is et al., not a person.
        Assert.Equal(["Hugo Touvron", "Thibaut Lavril", "Gautier Izacard"], llama.Authors);
        // Upper-case field names, quoted values, a bare number, biblatex's journaltitle and date.
        Assert.Equal("Federated Learning for ICU Mortality Prediction across Nordic Hospitals", icu.Title);
        Assert.Equal(("Journal of Biomedical Informatics", 2022, new DateOnly(2022, 5, 17)), (icu.Venue, icu.Year, icu.Published));
        Assert.Equal(("129", "104067", null), (icu.Volume, icu.FirstPage, icu.LastPage));
        Assert.Equal(["Sofia Lindqvist", "Mikkel Hansen"], icu.Authors);
        Assert.EndsWith("between sites. Federated averaging reaches an AUROC within 0.01 of pooled training.", icu.Abstract, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"M{\""u}ller", "Müller")]
    [InlineData(@"M\""uller", "Müller")]
    [InlineData(@"M\""{u}ller", "Müller")]
    [InlineData(@"Jos{\'e} and Fran\c{c}ois", "José and François")]
    [InlineData(@"Mart{\'\i}nez", "Martínez")]
    [InlineData(@"Dvo\v{r}{\'a}k and Stra\ss e", "Dvořák and Straße")]
    [InlineData(@"{\O}rsted and {\aa}ngstr{\""o}m", "Ørsted and ångström")]
    [InlineData(@"Research \& Development, 50\% off", "Research & Development, 50% off")]
    [InlineData("pages 5--7 --- or not", "pages 5\u20137 \u2014 or not")]
    [InlineData(@"\textit{in vivo} and \emph{{BERT}} and \textbf{bold}", "in vivo and BERT and bold")]
    [InlineData(@"a $O(n^{2})$ bound", "a $O(n^{2})$ bound")]
    [InlineData("``quoted''  and\n   wrapped", "“quoted” and wrapped")]
    [InlineData(@"\LaTeX{} and \ldots{} and \unknown", "LaTeX and … and unknown")]
    public void Parse_LatexInTitles_BecomesPlainUnicode(string latex, string plain)
    {
        var paper = Assert.Single(Parse($"@article{{k, title = {{{latex}}}, abstract = {{x}}}}").Papers);

        Assert.Equal(plain, paper.Title);
    }

    [Fact]
    public void Parse_StringMacrosAndMonths_AreExpandedAndUnknownMacrosWarned()
    {
        const string Bib = """
            @STRING{ jmlr = {Journal of Machine Learning Research} }
            @preamble{ "\newcommand{\noopsort}[1]{}" }
            @article(kingma2015,
              title = "Adam: A Method for " # {Stochastic} # " Optimization",
              journal = jmlr,
              month = feb,
              note = undefinedmacro,
              year = 2015,
            )
            """;

        var result = Parse(Bib);

        var paper = Assert.Single(result.Papers);
        Assert.Equal(("Adam: A Method for Stochastic Optimization", "Journal of Machine Learning Research", 2015),
            (paper.Title, paper.Venue, paper.Year));
        Assert.Equal(
        [
            "inline.bib:3: warning: @article{kingma2015}: field note uses the undefined @string macro undefinedmacro; it is read as empty, as BibTeX does",
            "inline.bib:3: warning: @article{kingma2015} has no abstract; indexed with its title only",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_NoDoiNoKey_MakesTheIdFromTheCitation()
    {
        var paper = Assert.Single(Parse("@article{, title={T}, abstract={A}, journal={Big Data Mining and Analytics}, year={2023}, volume={6}, number={3}, pages={301--315}}").Papers);

        Assert.Equal("big-data-mining-and-analytics-2023-6-3-301", paper.Id);
    }

    [Fact]
    public void Parse_DoiWinsOverKeyAndUrlGivesADoi()
    {
        var result = Parse("""
            @article{a, title={T}, abstract={A}, doi={DOI:10.1000/ABC\_def}}
            @article{b, title={U}, abstract={B}, url={https://dx.doi.org/10.1000/XYZ}}
            @article{c, title={V}, abstract={C}, doi={not a doi}}
            """);

        Assert.Equal(["doi:10.1000/abc_def", "doi:10.1000/xyz", "c"], result.Papers.Select(p => p.Id));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("inline.bib:3: warning: @article{c}: \"not a doi\" is not a DOI (10.prefix/suffix); it is not used for the id", warning.ToString());
    }

    [Fact]
    public void Parse_MissingTitleOrId_SkipsTheEntryWithOneError()
    {
        var result = Parse("""
            @article{untitled, abstract = {Only an abstract.}}

            @article{, title = {No way to name it}, abstract = {A}, year = {2020}}
            @article{fine, title = {Fine}, abstract = {A}}
            """);

        Assert.Equal("fine", Assert.Single(result.Papers).Id);
        Assert.Equal(2, result.Skipped);
        Assert.Equal(
        [
            "inline.bib:1: error: @article{untitled} has no title; entry skipped",
            "inline.bib:3: error: @article{}: no DOI, key or citation to make an id from; add a DOI or key; entry skipped",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_UnclosedBraceAtTheEnd_IsReportedAtTheEntry()
    {
        var result = Parse("@article{good, title={G}, abstract={A}}\r\n\r\n@article{bad,\r\n  title = {Never closed\r\n");

        Assert.Equal("good", Assert.Single(result.Papers).Id);
        Assert.Equal("inline.bib:3: error: @article{bad}: the value of field title on line 4 is never closed (a closing } is missing); entry skipped",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_ValueLeftOpenPastTheEntry_IsCaughtAtTheNextEntry()
    {
        var result = Parse("@article{open,\n  title = {Two {missing braces,\n  year = {2019}\n}\n\n@article{next, title={N}, abstract={A}}\n");

        Assert.Equal("next", Assert.Single(result.Papers).Id);
        Assert.Equal("inline.bib:1: error: @article{open}: the value of field title on line 2 runs into the next entry on line 6 (a closing } is missing); entry skipped",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_QuotedValueWithoutItsClosingQuote_IsReportedAndTheNextEntryRead()
    {
        var result = Parse("@article{q,\n  title = \"No closing quote,\n  year = {2019}\n}\n@article{next, title={N}, abstract={A}}\n");

        Assert.Equal("next", Assert.Single(result.Papers).Id);
        Assert.Equal("inline.bib:1: error: @article{q}: the value of field title on line 2 has no closing \" before the } on line 4; entry skipped",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_DuplicateFieldAndDuplicateId_WarnAndKeepOnePaper()
    {
        var result = Parse("""
            @article{same, title = {First}, title = {Second}, abstract = {A}}
            @article{same, title = {Again}, abstract = {B}}
            """);

        Assert.Equal("Again", Assert.Single(result.Papers).Title);
        Assert.Equal(
        [
            "inline.bib:1: warning: @article{same} has field title twice; the first one is used, as BibTeX does",
            "inline.bib:2: warning: duplicate id \"same\" (also on line 1); the entry on line 2 replaces the one on line 1",
        ], result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Parse_NamesWithBracesAndSuffixes_SplitOnlyOnAndOutsideBraces()
    {
        var paper = Assert.Single(Parse(
            "@book{k, title={T}, abstract={A}, author = {{Barnes and Noble} and Smith, Jr., John AND van der Berg, Jan and Plato}}").Papers);

        Assert.Equal(["Barnes and Noble", "John Smith Jr.", "Jan van der Berg", "Plato"], paper.Authors);
        Assert.Equal("book", paper.ArticleType);
    }

    [Theory]
    [InlineData("article", "research")]
    [InlineData("inproceedings", "research")]
    [InlineData("misc", "research")]
    [InlineData("phdthesis", "thesis")]
    [InlineData("techreport", "report")]
    [InlineData("dataset", "dataset")]
    public void Parse_EntryKind_GivesTheArticleType(string kind, string type)
    {
        var paper = Assert.Single(Parse($"@{kind}{{k, title={{T}}, abstract={{A}}}}").Papers);

        Assert.Equal(type, paper.ArticleType);
    }

    [Fact]
    public void Parse_UnclosedComment_EndsAtTheNextEntry()
    {
        var result = Parse("@comment{ notes {unbalanced\n\n@article{k, title = {T}, abstract = {A}}\n");

        Assert.Equal("k", Assert.Single(result.Papers).Id);
        Assert.Equal("inline.bib:1: warning: @comment is not closed before the next entry on line 3 (a closing } is missing); it ends there",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_OnlyCommentsAndText_ReportsNoRecords()
    {
        var result = Parse("% nothing here\n@comment{not an entry}\nan e-mail like someone@example.org is just text\n");

        Assert.Empty(result.Papers);
        Assert.Equal("inline.bib: error: contains no records (expected BibTeX entries such as @article{key, title = {...}, abstract = {...}})",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadableWithOneLineZeroError()
    {
        var path = Fixture("no-such-file.bib");

        var result = BibtexReader.ReadFile(path);

        Assert.True(result.Unreadable);
        Assert.Empty(result.Papers);
        Assert.Equal($"{path}: error: cannot read the file: no such file; check the path", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ReadFile_NotUtf8_IsUnreadable()
    {
        var result = BibtexReader.ReadFile(TestPaths.Fixture("latin1.txt"));

        Assert.True(result.Unreadable);
        Assert.StartsWith("not UTF-8 text", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    private static string Fixture(string name) => TestPaths.Fixture(Path.Combine("bibtex", name));

    private static PaperReadResult Parse(string text) => BibtexReader.Parse(new StringReader(text), "inline.bib");
}
