using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 4 (hostile input), the query path: whatever the query text, <see cref="AbstractsIndex.Search"/>
/// returns well-formed results or throws <see cref="InvalidRequestException"/>, and nothing else (Lucene's
/// TooManyClauses, a ParseException, a stack overflow or a hang would be a bug). Every query runs under
/// <see cref="HangGuard"/>.
/// </summary>
public sealed class HostileQueryTests(HostileQueryIndexFixture fixture, ITestOutputHelper output) : IClassFixture<HostileQueryIndexFixture>
{
    public static TheoryData<string> ExtremeLabels => new(HostileQueries.Extreme.Select(c => c.Label));

    [Fact]
    public void Search_RandomOperatorSoup_ReturnsResultsOrInvalidRequest()
    {
        var invalid = 0;

        var ran = PropertyRun.Check(HostileQueries.Random(60), 300, seed: 601, query =>
        {
            if (Search(query) is null)
            {
                invalid++;
            }
        });

        output.WriteLine($"{ran} random hostile queries ({invalid} refused with InvalidRequestException)");
    }

    [Theory]
    [MemberData(nameof(ExtremeLabels))]
    public void Search_HugeOrDeepQuery_ReturnsResultsOrInvalidRequest(string label)
    {
        var (_, query, notice) = HostileQueries.Extreme.Single(c => c.Label == label);

        var results = Search(query);

        if (notice is not null)
        {
            Assert.NotNull(results);
            Assert.Contains(results.Notices, n => n.Contains(notice, StringComparison.Ordinal));
        }
        output.WriteLine($"{label}: {query.Length} characters, {(results is null ? "InvalidRequestException" : $"{results.Total} hits")}");
    }

    [Fact]
    public void Search_OneWordRepeatedPastTheClauseLimit_SearchesTheWord()
    {
        var results = Search(string.Concat(Enumerable.Repeat("quantization ", 16_500)));

        Assert.NotNull(results);
        Assert.Equal(["int8", "kernels"], results.Hits.Select(h => h.Paper.Id).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(results.Notices, n => n.Contains("no searchable words", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_NestingAtTheLimit_IsStillReadAsSyntax()
    {
        var query = new string('(', 100) + "title:quantization AND year:2024" + new string(')', 100);

        var results = Search(query);

        Assert.NotNull(results);
        Assert.Equal("int8", Assert.Single(results.Hits).Paper.Id);
        Assert.DoesNotContain(results.Notices, n => n.Contains("could not read", StringComparison.Ordinal));
    }

    [Fact]
    public void Search_FourWildcardsAndSixteenFuzzyWords_AreStillPatterns()
    {
        var wildcards = Search("q?a?t*z*");
        var fuzzy = Search(string.Join(' ', Enumerable.Repeat("atention~", 15)) + " quantisation~");

        Assert.NotNull(wildcards);
        Assert.NotNull(fuzzy);
        Assert.Contains("int8", wildcards.Hits.Select(h => h.Paper.Id));
        Assert.Contains("int8", fuzzy.Hits.Select(h => h.Paper.Id));
        Assert.DoesNotContain(wildcards.Notices.Concat(fuzzy.Notices), n => n.Contains("as words", StringComparison.Ordinal));
    }

    /// <summary>The results, or null when the request was refused with <see cref="InvalidRequestException"/>; any other exception fails.</summary>
    private SearchResults? Search(string query)
    {
        var shown = ReadResultChecks.Preview(query);
        var results = HangGuard.Run(() =>
        {
            try
            {
                return fixture.Index.Search(new SearchRequest { Query = query, Limit = 20 });
            }
            catch (InvalidRequestException)
            {
                return null;
            }
        }, () => $"searching for {shown}");
        if (results is not null)
        {
            AssertWellFormed(results, shown);
        }
        return results;
    }

    private static void AssertWellFormed(SearchResults results, string query)
    {
        var ranks = results.Hits.Select(h => h.Rank).ToList();
        Assert.True(ranks.SequenceEqual(Enumerable.Range(1, ranks.Count)), $"ranks {string.Join(",", ranks)} for {query}");
        Assert.True(results.Total >= results.Hits.Count, $"total {results.Total} < {results.Hits.Count} hits for {query}");
        Assert.True(results.Hits.All(h => !float.IsNaN(h.Score)), $"a NaN score for {query}");
        Assert.True(results.Hits.Select(h => h.Paper.Id).Distinct().Count() == results.Hits.Count, $"a paper twice for {query}");
        Assert.True(results.Venues.Concat(results.Years).All(f => f.Count > 0 && f.Count <= results.Total), $"a facet count out of range for {query}");
        Assert.True(results.Notices.All(n => !n.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')), $"a notice with a control character for {query}");
    }
}
