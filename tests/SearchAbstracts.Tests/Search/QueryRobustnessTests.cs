using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>The index of <see cref="QueryRobustnessCases.Papers"/>, shared by the class (the tests only read).</summary>
public sealed class QueryRobustnessIndexFixture : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(QueryRobustnessCases.Papers);

    public AbstractsIndex Index => _temp.Index;

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// "Never fails on raw input": whatever people paste is searched; valid syntax keeps its meaning, anything else
/// is read as words with a notice. Only an empty query and a wrong field or year are errors, by design.
/// </summary>
public sealed class QueryRobustnessTests(QueryRobustnessIndexFixture fixture) : IClassFixture<QueryRobustnessIndexFixture>
{
    private const string ReadAsWords = "searched for its words instead";

    public static TheoryData<string> AllCases => Labels(_ => true);

    public static TheoryData<string> CasesThatNamePapers => Labels(c => c.Finds.Length > 0);

    public static TheoryData<string> CasesWithExactMatches => Labels(c => c.Exactly is not null);

    public static TheoryData<string> CasesReadAsSyntax => Labels(c => c.Reading == Reading.Syntax);

    public static TheoryData<string> CasesReadAsWords => Labels(c => c.Reading == Reading.Words);

    public static TheoryData<string> CasesWithNoWords => Labels(c => c.NoWords);

    [Fact]
    public void Cases_Table_HoldsAtLeast45RawInputs()
    {
        Assert.True(QueryRobustnessCases.All.Count >= 45, $"only {QueryRobustnessCases.All.Count} cases");
        Assert.True(QueryRobustnessCases.Paragraph.Length >= 5000, $"the paragraph has {QueryRobustnessCases.Paragraph.Length} characters");
    }

    [Theory]
    [MemberData(nameof(AllCases))]
    public void Search_RawInput_NeverThrows(string label)
    {
        var query = QueryRobustnessCases.All[label].Query;

        var error = Record.Exception(() => Search(query));

        Assert.True(error is null, $"'{label}' threw {error?.GetType().FullName}: {error?.Message}");
    }

    [Theory]
    [MemberData(nameof(CasesThatNamePapers))]
    public void Search_RawInputWithWords_FindsThePapersItNames(string label)
    {
        var expected = QueryRobustnessCases.All[label];

        var ids = Ids(Search(expected.Query));

        var wanted = Split(expected.Finds);
        Assert.All(wanted, id => Assert.Contains(id, ids));
        if (expected.First)
        {
            Assert.Equal(wanted[0], ids[0]);
        }
    }

    [Theory]
    [MemberData(nameof(CasesWithExactMatches))]
    public void Search_ValidSyntax_MatchesExactlyTheExpectedPapers(string label)
    {
        var expected = QueryRobustnessCases.All[label];

        var ids = Ids(Search(expected.Query));

        Assert.Equal(Split(expected.Exactly!).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CasesReadAsSyntax))]
    public void Search_ValidSyntax_IsNotReportedAsReadAsWords(string label)
    {
        var results = Search(QueryRobustnessCases.All[label].Query);

        Assert.DoesNotContain(results.Notices, n => n.Contains(ReadAsWords, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CasesReadAsWords))]
    public void Search_BrokenSyntax_IsReadAsWordsWithANotice(string label)
    {
        var query = QueryRobustnessCases.All[label].Query;

        var results = Search(query);

        var notice = Assert.Single(results.Notices, n => n.Contains(ReadAsWords, StringComparison.Ordinal));
        Assert.StartsWith($"could not read '{query.Trim()}' as query syntax (", notice, StringComparison.Ordinal);
        Assert.EndsWith($"); {ReadAsWords}", notice, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', notice);
    }

    [Theory]
    [MemberData(nameof(CasesWithNoWords))]
    public void Search_NoSearchableWords_MatchesNothingAndSaysWhy(string label)
    {
        var query = QueryRobustnessCases.All[label].Query;

        var results = Search(query);

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Hits);
        Assert.Contains(results.Notices, n => n == $"'{query.Trim()}' has no searchable words (only stop words or punctuation), so nothing matches");
    }

    [Fact]
    public void Search_PhraseAndScatteredWords_DifferInMatches()
    {
        var phrase = Ids(Search("\"pipeline parallelism\""));
        var nearby = Ids(Search("\"pipeline parallelism\"~3"));
        var words = Ids(Search("pipeline parallelism"));

        Assert.True(phrase.Count < nearby.Count && nearby.Count < words.Count, $"phrase {phrase.Count}, ~3 {nearby.Count}, words {words.Count}");
        Assert.Subset(words.ToHashSet(), nearby.ToHashSet());
        Assert.Subset(nearby.ToHashSet(), phrase.ToHashSet());
    }

    [Fact]
    public void Search_LongParagraph_RanksItsSourcePaperFirstAndStaysAHit()
    {
        var results = Search(QueryRobustnessCases.Paragraph);

        Assert.Equal("moe", results.Hits[0].Paper.Id);
        Assert.NotEmpty(results.Hits[0].Snippets);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Search_EmptyInput_ThrowsAOneLineInvalidRequest(string query)
    {
        var error = Assert.Throws<InvalidRequestException>(() => Search(query));

        Assert.StartsWith("the query is empty; give words to search for", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("foo:bar", "'foo' is not a field (fields are title, abstract, venue, author, category, year, type)")]
    [InlineData("Background: sparse mixture of experts", "'Background' is not a field (fields are title, abstract, venue, author, category, year, type)")]
    [InlineData("year:abc", "'year:abc' needs a four-digit year, e.g. year:2024 or year:[2024 TO 2026]")]
    [InlineData("year:[2024 TO soon]", "'year:[2024 TO soon]' needs a four-digit year, e.g. year:2024 or year:[2024 TO 2026]")]
    public void Search_FieldThatCannotMeanAnything_IsReadAsWordsSayingWhy(string query, string reason)
    {
        var results = Search(query);

        var notice = Assert.Single(results.Notices, n => !n.StartsWith("acronym:", StringComparison.Ordinal));
        Assert.Equal($"{reason}; searched for '{query}' as words", notice);
    }

    [Fact]
    public void Search_PastedStructuredAbstract_FindsThePaper()
    {
        Assert.Contains("moe", Ids(Search("Background: sparse mixture of experts")));
    }

    private SearchResults Search(string query) => fixture.Index.Search(new SearchRequest { Query = query, Limit = 100 });

    private static List<string> Ids(SearchResults results) => results.Hits.Select(h => h.Paper.Id).ToList();

    private static string[] Split(string ids) => ids.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static TheoryData<string> Labels(Func<QueryCase, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var (label, _) in QueryRobustnessCases.All.Where(kv => where(kv.Value)))
        {
            data.Add(label);
        }
        return data;
    }
}
