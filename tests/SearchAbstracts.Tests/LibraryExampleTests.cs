using System.Text.RegularExpressions;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests;

/// <summary>The README's library example, compiled and run here; a second test keeps the README's copy identical.</summary>
public sealed partial class LibraryExampleTests
{
    [Fact]
    public void Example_OnTheSeeds_PrintsRankedHitsSnippetsAndVenueCounts()
    {
        var indexDir = TempIndex.NewFolder();
        var output = new StringWriter();
        try
        {
            Example(indexDir, TestPaths.Seeds, output);
        }
        finally
        {
            Directory.Delete(indexDir, recursive: true);
        }

        var lines = output.ToString().Split('\n');
        Assert.Equal("8 papers indexed, 0 skipped", lines[0]);
        Assert.Equal("1. A Survey of Quantization in LLM: Unlocking Potential Hardware Efficiency (Journal of Computer Science and Technology, 2026)", lines[1]);
        Assert.Contains("[quantization]", lines[2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l == "   1  Journal of Computer Science and Technology");
    }

    [Fact]
    public void Readme_LibraryExample_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var source = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "SearchAbstracts.Tests", "LibraryExampleTests.cs"));

        var inReadme = ReadmeBlock().Match(readme);
        var inTest = TestBlock().Match(source);

        Assert.True(inReadme.Success, "README.md has no ```csharp block after '<!-- library-example -->'");
        Assert.True(inTest.Success);
        // The README adds what a standalone program needs: the usings and where output goes.
        var readmeCode = string.Join('\n', inReadme.Groups[1].Value.Split('\n')
            .Where(l => !l.StartsWith("using SearchAbstracts", StringComparison.Ordinal) && l.Trim() != "var output = Console.Out;"));
        Assert.Equal(Normalize(inTest.Groups[1].Value), Normalize(readmeCode));
    }

    private static void Example(string indexDir, string seedsDir, TextWriter output)
    {
        // example-start
        using var index = AbstractsIndex.OpenOrCreate(indexDir);
        var report = index.AddFiles([seedsDir]);
        output.WriteLine($"{report.Indexed} papers indexed, {report.Skipped} skipped");

        var results = index.Search(new SearchRequest
        {
            Query = "quantization",
            Limit = 5,
            Venues = ["Journal of Computer Science and Technology"],
        });
        foreach (var hit in results.Hits)
        {
            output.WriteLine($"{hit.Rank}. {hit.Paper.Title} ({hit.Paper.Venue}, {hit.Paper.Year})");
            foreach (var snippet in hit.Snippets)
            {
                // Highlights are [start, end) ranges into the snippet text; mark them however you like.
                var marked = snippet.Text;
                foreach (var range in snippet.Highlights.Reverse())
                {
                    marked = marked.Insert(range.End, "]").Insert(range.Start, "[");
                }
                output.WriteLine("   " + marked);
            }
        }
        foreach (var venue in results.Venues)
        {
            output.WriteLine($"{venue.Count,4}  {venue.Value}");
        }
        // example-end
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex(@"<!-- library-example -->\s*```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ReadmeBlock();

    [GeneratedRegex(@"// example-start\n(.*?)// example-end", RegexOptions.Singleline)]
    private static partial Regex TestBlock();
}
