using FsCheck.Fluent;
using SearchAbstracts.Search;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 4 (hostile input), through the index: generated papers (Unicode, markup, ANSI escapes, query
/// syntax in titles) written with <c>PaperWriter.AddOrReplace</c> and committed are
/// <list type="number">
/// <item>read back by <see cref="AbstractsIndex.Get"/> equal field by field (authors and categories as sequences);</item>
/// <item>found by their whole title as a <c>title:"…"</c> phrase (quotes and backslashes escaped);</item>
/// <item>found by a phrase of three consecutive title words.</item>
/// </list>
/// </summary>
public sealed class IndexRoundTripPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public void AddOrReplace_GeneratedPapers_ReadBackUnchangedAndFoundByTheirTitle()
    {
        using var temp = TempIndex.Empty();
        var papers = 0;
        var gen = from count in Gen.Choose(1, 8)
                  from batch in Gen.ListOf(GeneratedPaper.One, count)
                  from start in Gen.Choose(0, 100)
                  select (Papers: batch, Start: start);

        var batches = PropertyRun.Check(gen, 20, seed: 701, c =>
        {
            using (var writer = temp.Index.OpenWriter())
            {
                c.Papers.ForEach(p => writer.AddOrReplace(p));
                writer.Commit();
            }

            foreach (var paper in c.Papers)
            {
                papers++;
                var stored = temp.Index.Get(paper.Id);
                Assert.NotNull(stored);
                Assert.True(ReadResultChecks.Difference(paper, stored) is null, $"{paper.Id}: {ReadResultChecks.Difference(paper, stored)}");
                AssertFound(temp.Index, paper, $"title:\"{Escaped(paper.Title)}\"");
                var words = paper.Title.Split(' ');
                var from = c.Start % words.Length;
                var window = words.Skip(from).Take(3).ToList();
                if (window.Any(w => GeneratedPaper.Plain.Contains(w)))
                {
                    AssertFound(temp.Index, paper, $"title:\"{Escaped(string.Join(' ', window))}\"");
                }
            }
        });

        output.WriteLine($"{batches} committed batches, {papers} papers read back and found by title phrases");
    }

    [Fact]
    public void AddOrReplace_TitleWithALoneSurrogate_IsStoredWithAReplacementCharacter()
    {
        // UTF-8 (and so the index) cannot hold half a surrogate pair: Lucene writes U+FFFD instead. No reader produces
        // one from a file (they decode UTF-8), but a library caller can pass one in.
        var paper = TestPapers.Make("lone", "quantization \ud800 kernels", "sparse attention");
        using var temp = TempIndex.With(paper);

        var stored = temp.Index.Get("lone");

        Assert.Equal("quantization \uFFFD kernels", stored?.Title);
    }

    private static void AssertFound(AbstractsIndex index, Paper paper, string query)
    {
        var results = HangGuard.Run(() => index.Search(new SearchRequest { Query = query, Limit = 100 }), () => query);
        Assert.True(results.Hits.Any(h => h.Paper.Id == paper.Id),
            $"{query} did not find {paper.Id} ({results.Total} hits; notices: {string.Join(" | ", results.Notices)})");
    }

    /// <summary>Inside a quoted phrase only the quote and the backslash need escaping.</summary>
    private static string Escaped(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
