using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>The basic query syntax: words, phrases, boolean operators, required/prohibited terms, fields and year ranges.</summary>
public sealed class QueryLanguageTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
        TestPapers.Make("p1", "Sparse attention for long documents", "We prune attention heads to save memory.", venue: "Neural Systems", year: 2022, type: "survey"),
        TestPapers.Make("p2", "Quantized attention kernels", "Low-bit kernels speed up attention on GPUs.", venue: "Hardware Letters", year: 2024),
        TestPapers.Make("p3", "Memory allocators for supercomputers", "A fast allocator reduces memory fragmentation.", venue: "Neural Systems", year: 2026),
        TestPapers.Make("p4", "Naïve Bayes revisited", "The model’s priors are learned from data.", venue: "Hardware Letters", year: 2025));

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("attention", "p1 p2")]
    [InlineData("attention AND memory", "p1")]
    [InlineData("attention OR allocator", "p1 p2 p3")]
    [InlineData("attention NOT memory", "p2")]
    [InlineData("+attention -kernels", "p1")]
    [InlineData("\"attention heads\"", "p1")]
    [InlineData("\"heads attention\"", "")]
    [InlineData("\"prune heads\"~2", "p1")]
    [InlineData("title:memory", "p3")]
    [InlineData("abstract:memory", "p1 p3")]
    [InlineData("venue:hardware", "p2 p4")]
    [InlineData("venue:\"neural systems\" AND allocator", "p3")]
    [InlineData("year:[2024 TO 2026]", "p2 p3 p4")]
    [InlineData("year:2022", "p1")]
    [InlineData("year:[2025 TO *]", "p3 p4")]
    [InlineData("type:survey", "p1")]
    [InlineData("type:Survey", "p1")]
    [InlineData("alloc*", "p3")]
    [InlineData("atention~", "p1 p2")]
    [InlineData("(attention OR allocator) AND year:[2023 TO 2026]", "p2 p3")]
    public void Search_Syntax_MatchesExactlyTheExpectedPapers(string query, string expected)
    {
        var ids = Ids(query);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(), ids.Order());
    }

    [Theory]
    [InlineData("naive", "p4")]
    [InlineData("model", "p4")]
    [InlineData("allocators", "p3")]
    [InlineData("kernel", "p2")]
    public void Search_Analysis_FoldsAccentsPossessivesAndPlurals(string query, string expected)
    {
        Assert.Equal([expected], Ids(query));
    }

    [Fact]
    public void Search_UnknownField_IsReadAsWordsListingTheValidFields()
    {
        var results = _temp.Index.Search(new SearchRequest { Query = "foo:memory" });

        Assert.Contains("'foo' is not a field (fields are title, abstract, venue, author, category, year, type)", Assert.Single(results.Notices), StringComparison.Ordinal);
        Assert.Equal(["p1", "p3"], results.Hits.Select(h => h.Paper.Id).Order());
    }

    [Theory]
    [InlineData("year:abc")]
    [InlineData("year:[2024 TO soon]")]
    [InlineData("year:20*")]
    public void Search_BadYear_IsReadAsWordsNamingTheValue(string query)
    {
        var notice = Assert.Single(_temp.Index.Search(new SearchRequest { Query = query }).Notices);

        Assert.Contains("year", notice, StringComparison.Ordinal);
        Assert.EndsWith("as words", notice, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title:(memory")]
    [InlineData("attention AND")]
    [InlineData("\"attention heads")]
    [InlineData("memory)")]
    public void Search_BrokenSyntax_IsReadAsWordsWithANotice(string query)
    {
        var results = _temp.Index.Search(new SearchRequest { Query = query });

        Assert.NotEqual(0, results.Total);
        var notice = Assert.Single(results.Notices);
        Assert.Contains("searched for its words instead", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_BrokenSyntax_NoticeNamesThePosition()
    {
        var notice = Assert.Single(_temp.Index.Search(new SearchRequest { Query = "title:(memory" }).Notices);

        Assert.Contains("column", notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_OnlyStopWords_MatchesNothingAndSaysWhy()
    {
        var results = _temp.Index.Search(new SearchRequest { Query = "the of and" });

        Assert.Equal(0, results.Total);
        Assert.Contains("stop words", Assert.Single(results.Notices), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Search_EmptyQuery_FailsWithAHint(string query)
    {
        var error = Assert.Throws<InvalidRequestException>(() => Ids(query));

        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    private List<string> Ids(string query) =>
        _temp.Index.Search(new SearchRequest { Query = query, Limit = 100 }).Hits.Select(h => h.Paper.Id).ToList();
}
