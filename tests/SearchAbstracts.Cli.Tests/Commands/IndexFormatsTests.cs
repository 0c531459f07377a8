namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>index</c> on BibTeX, RIS, CSV and TSV exports: detected by name or content, <c>--input-format</c>, <c>--map</c>.</summary>
public sealed class IndexFormatsTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(TempWorkspace.RepoRoot, "tests", "SearchAbstracts.Tests", "Ingest", "Fixtures");

    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public void Dispose() => _workspace.Dispose();

    [Theory]
    [InlineData("bibtex/zotero.bib")]
    [InlineData("ris/scopus.ris")]
    [InlineData("ris/pubmed.ris")]
    [InlineData("csv/scopus.csv")]
    [InlineData("csv/zotero.tsv")]
    public void Index_ExportFile_IndexesItsPapersSearchably(string fixture)
    {
        var file = Copy(fixture, Path.GetFileName(fixture));

        var result = _workspace.Run("index", file, "--index", "idx");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        var papers = Papers("idx");
        Assert.NotEmpty(papers);
        // Every paper indexed is found again by its own title.
        foreach (var (id, title) in papers)
        {
            using var found = _workspace.Run("search", "--index", "idx", "--format", "json", "-n", "3", "title:\"" + title.Replace("\"", "", StringComparison.Ordinal) + "\"").Json();
            Assert.Contains(found.RootElement.GetProperty("hits").EnumerateArray(), h => h.GetProperty("id").GetString() == id);
        }
    }

    [Fact]
    public void Index_BibtexWithoutItsExtension_IsRecognisedByContent()
    {
        var file = Copy("bibtex/zotero.bib", "library-export");

        var result = _workspace.Run("index", file, "--index", "idx");

        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Contains(Papers("idx"), p => p.Id.StartsWith("doi:", StringComparison.Ordinal));
    }

    [Fact]
    public void Index_CsvWithOddHeaders_ReadsThemThroughMap()
    {
        _workspace.WriteFile("papers.csv", "Paper name,Summary text,Published in,When\n\"Sparse experts for translation\",\"We route tokens to experts.\",TACL,2023\n");

        var unmapped = _workspace.Run("index", "papers.csv", "--index", "plain");
        var mapped = _workspace.Run("index", "papers.csv", "--index", "mapped", "--map", "Paper name=title", "--map", "Published in=venue",
            "--map", "When=year");

        Assert.NotEqual(0, unmapped.ExitCode);
        Assert.Contains("--map", unmapped.Error, StringComparison.Ordinal);
        Assert.True(mapped.ExitCode == 0, mapped.ToString());
        using var json = _workspace.Run("search", "experts", "--index", "mapped", "--format", "json").Json();
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.Equal("Sparse experts for translation", hit.GetProperty("title").GetString());
        Assert.Equal("TACL", hit.GetProperty("venue").GetString());
        Assert.Equal(2023, hit.GetProperty("year").GetInt32());
    }

    [Fact]
    public void Index_BadMap_IsAOneLineUsageError()
    {
        _workspace.WriteFile("papers.csv", "title\nA\n");

        var result = _workspace.Run("index", "papers.csv", "--index", "idx", "--map", "title=colour");

        TempWorkspace.AssertOneLineError(result, 1, "colour", "title");
    }

    [Fact]
    public void Index_InputFormatGiven_OverridesDetection()
    {
        var file = Copy("ris/scopus.ris", "export.txt");

        var asListing = _workspace.Run("index", file, "--index", "a", "--input-format", "listing");
        var asRis = _workspace.Run("index", file, "--index", "b", "--input-format", "ris");

        Assert.NotEqual(0, asListing.ExitCode);
        Assert.True(asRis.ExitCode is 0 or 1, asRis.ToString());
        Assert.NotEmpty(Papers("b"));
    }

    private string Copy(string fixture, string name)
    {
        var target = _workspace.In(name);
        File.Copy(Path.Combine(Fixtures, fixture), target);
        return name;
    }

    private List<(string Id, string Title)> Papers(string index)
    {
        using var json = _workspace.Run("search", "*", "--index", index, "-n", "1000", "--format", "json").Json();
        return json.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (h.GetProperty("id").GetString()!, h.GetProperty("title").GetString()!))
            .ToList();
    }
}
