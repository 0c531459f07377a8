using System.Text.Encodings.Web;
using System.Text.Json;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>The real seed listing, read end to end: every field of every record is pinned.</summary>
public sealed class SeedListingTests
{
    private const string SeedName = "000_cd395cd007ccf16b.txt";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        // Keep × and ’ readable in the golden file: the point is to see that they survive as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static string SeedPath => Path.Combine(TestPaths.Seeds, SeedName);

    private static IReadOnlyList<Paper> Papers => ListingReader.ReadFile(SeedPath).Papers;

    [Fact]
    public void ReadFile_Seed_MatchesGoldenJson()
    {
        var result = ListingReader.ReadFile(SeedPath);

        var golden = new
        {
            result.Unreadable,
            result.Skipped,
            Diagnostics = result.Diagnostics.Select(d => d.ToString()).ToList(),
            Papers = result.Papers.Select(ToGolden).ToList(),
        };
        var json = JsonSerializer.Serialize(golden, Json) + "\n";

        GoldenFile.AssertMatches(Path.Combine(TestPaths.RepoRoot, "tests", "SearchAbstracts.Tests", "Ingest", "Golden", "seed.golden.json"), json);
    }

    [Fact]
    public void ReadFile_Seed_ReadsAllEightRecordsWithoutDiagnostics()
    {
        var result = ListingReader.ReadFile(SeedPath);

        Assert.Equal(8, result.Papers.Count);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(0, result.Skipped);
        Assert.False(result.Unreadable);
        Assert.All(result.Papers, p => Assert.Equal(SeedPath, p.Source));
    }

    [Theory]
    [InlineData(0, "journal-of-computer-science-and-technology-2026-41-1-341", "Journal of Computer Science and Technology", 2026, "41", "1", "341", "358")]
    [InlineData(1, "big-data-mining-and-analytics-2026-9-2-596", "Big Data Mining and Analytics", 2026, "9", "2", "596", "610")]
    [InlineData(2, "tsinghua-science-and-technology-2026-31-3-1411", "Tsinghua Science and Technology", 2026, "31", "3", "1411", "1439")]
    [InlineData(3, "tsinghua-science-and-technology-2025-30-6-2638", "Tsinghua Science and Technology", 2025, "30", "6", "2638", "2652")]
    [InlineData(4, "big-data-mining-and-analytics-2025-8-4-966", "Big Data Mining and Analytics", 2025, "8", "4", "966", "980")]
    [InlineData(5, "journal-of-computer-science-and-technology-2023-38-1-211", "Journal of Computer Science and Technology", 2023, "38", "1", "211", "218")]
    [InlineData(6, "journal-of-tsinghua-university-science-and-technology-2022-62-5-943", "Journal of Tsinghua University (Science and Technology)", 2022, "62", "5", "943", "951")]
    [InlineData(7, "big-data-mining-and-analytics-2021-4-3-208", "Big Data Mining and Analytics", 2021, "4", "3", "208", "220")]
    public void ReadFile_Seed_ReadsCitation(
        int index, string id, string venue, int year, string volume, string issue, string firstPage, string lastPage)
    {
        var paper = Papers[index];

        Assert.Equal(id, paper.Id);
        Assert.Equal(venue, paper.Venue);
        Assert.Equal(year, paper.Year);
        Assert.Equal(volume, paper.Volume);
        Assert.Equal(issue, paper.Issue);
        Assert.Equal(firstPage, paper.FirstPage);
        Assert.Equal(lastPage, paper.LastPage);
        Assert.Equal($"{firstPage}-{lastPage}", paper.Pages);
    }

    [Theory]
    [InlineData(0, "2026-04-30", "survey", false, null, null)]
    [InlineData(1, "2026-02-09", "research", true, "9.8 MB", 122)]
    [InlineData(2, "2025-12-19", "review", true, "1.4 MB", 488)]
    [InlineData(3, "2025-07-04", "research", true, "2.3 MB", 202)]
    [InlineData(4, "2025-05-12", "research", true, "1.4 MB", 388)]
    [InlineData(5, "2023-02-28", "perspective", false, null, null)]
    [InlineData(6, "2022-05-15", "research", false, "5.9 MB", 56)]
    [InlineData(7, "2021-05-12", "research", true, "10.3 MB", 233)]
    public void ReadFile_Seed_ReadsBadgeDateAndActions(
        int index, string published, string articleType, bool openAccess, string? pdfSize, int? downloads)
    {
        var paper = Papers[index];

        Assert.Equal(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), paper.Published);
        Assert.Equal(articleType, paper.ArticleType);
        Assert.Equal(openAccess, paper.OpenAccess);
        Assert.Equal(pdfSize, paper.PdfSize);
        Assert.Equal(pdfSize is not null, paper.HasPdf);
        Assert.Equal(downloads, paper.Downloads);
    }

    [Theory]
    [InlineData(0, "A Survey of Quantization in LLM: Unlocking Potential Hardware Efficiency", "Large language models (LLMs) have achieved", "generate high performance low-precision kernels in different chips.", 1217)]
    [InlineData(1, "A Hybrid Platform for Multi-Neurons Model with Optimum Co-Design Method", "Hybrid neuromorphic computing, integrating", "reduction in energy consumption compared to the TianjicX chip.", 1446)]
    [InlineData(2, "A Survey on Accelerated Technologies for Mixture-of-Experts Model Training Systems", "Mixture-of-Experts (MoE) models have emerged", "efficient and scalable next-generation MoE training systems.", 1293)]
    [InlineData(3, "Accelerating Distributed Training of Large Concurrent-Branch Models through Bidirectional Pipeline Coordination", "Large models have been widely used", "end-to-end training throughput by 20% on average.", 1608)]
    [InlineData(4, "Training Large Models on Heterogeneous and Geo-Distributed Resource with Constricted Networks", "As the computational demands driven", "compared with the state-of-the-art Metis.", 1794)]
    [InlineData(5, "Unified Programming Models for Heterogeneous High-Performance Computers", "Unified programming models can effectively", "programming models for emerging heterogeneous systems.", 1107)]
    [InlineData(6, "Efficient memory allocator for the New Generation Sunway supercomputer", "Supercomputers provide enormous computing power", "including SWPytorch and SWTensorFlow.", 821)]
    [InlineData(7, "AIPerf: Automated Machine Learning as an AI-HPC Benchmark", "The plethora of complex Artificial Intelligence (AI)", "providing a powerful benchmark suite for the coming supercomputing era.", 1543)]
    public void ReadFile_Seed_ReadsTitleAndWholeAbstract(int index, string title, string start, string end, int length)
    {
        var paper = Papers[index];

        Assert.Equal(title, paper.Title);
        Assert.StartsWith(start, paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith(end, paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(length, paper.Abstract.Length);
        Assert.DoesNotContain('\n', paper.Abstract);
    }

    [Theory]
    [InlineData(1, "28 pixel×28 pixel")]
    [InlineData(1, "(784×800×10)")]
    [InlineData(2, "MoE’s distinctive properties")]
    [InlineData(3, "a pipeline engine for c3oncurrent-branch models")]
    [InlineData(4, "improves 1.49× training throughput")]
    [InlineData(6, "by up to 75 839 times")]
    [InlineData(7, "the benchmark’s stability")]
    public void ReadFile_Seed_KeepsAbstractTextExactlyAsGiven(int index, string exact)
    {
        Assert.Contains(exact, Papers[index].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedWithCrlfAndBom_GivesTheSamePapers()
    {
        var lf = File.ReadAllText(SeedPath);
        var crlfWithBom = "\uFEFF" + lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var expected = ListingReader.Parse(lf, "seed");
        var actual = ListingReader.Parse(crlfWithBom, "seed");

        Assert.Empty(actual.Diagnostics);
        Assert.Equal(expected.Papers, actual.Papers);
    }

    private static object ToGolden(Paper p) => new
    {
        p.Id,
        p.Title,
        p.Venue,
        p.Year,
        p.Volume,
        p.Issue,
        p.FirstPage,
        p.LastPage,
        p.Pages,
        Published = p.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        p.ArticleType,
        p.OpenAccess,
        p.PdfSize,
        p.HasPdf,
        p.Downloads,
        Source = p.Source is null ? null : Path.GetRelativePath(TestPaths.RepoRoot, p.Source).Replace('\\', '/'),
        AbstractLength = p.Abstract.Length,
        p.Abstract,
    };
}
