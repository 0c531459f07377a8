using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

public sealed class ContentHashTests
{
    /// <summary>Every field set, non-ASCII text, a character outside the BMP, a lone surrogate, lists of two.</summary>
    private static readonly Paper Full = new()
    {
        Id = "doi:10.1000/xyz-1",
        Title = "Quantization of Schrödinger 𝔽-operators \ud800 (QSO)",
        Abstract = "We study naïve quantization. Ωmega and ∑ sums.",
        Venue = "Journal of Physics A",
        Year = 2024,
        Volume = "57",
        Issue = "3",
        FirstPage = "101",
        LastPage = "118",
        Published = new DateOnly(2024, 2, 29),
        ArticleType = "review",
        OpenAccess = true,
        PdfSize = "1.2 MB",
        Downloads = 4321,
        Authors = ["Ada Lovelace", "Émile Borel"],
        Categories = ["quant-ph", "math-ph"],
        Source = "/data/listings/jpa.txt",
    };

    private static readonly Paper Bare = new() { Id = "p1", Title = "", Abstract = "", Venue = "" };

    [Fact]
    public void Of_IsTheSameFingerprintIndexesAlreadyHold()
    {
        // Values of the first implementation (a string of the fields, UTF-8 encoded, SHA-256), for schema 12 (the
        // schema version is hashed too): indexes built before store these, and re-indexing their unchanged input must
        // report every paper unchanged. Schema 10 gave fac2b5f1… and 65afecba…; the second pair was checked outside
        // .NET too (SHA-256 of the joined string, for versions 10 and 12).
        Assert.Equal("83d554d6e95f31062a3fb858bb6f8e00", Convert.ToHexStringLower(ContentHash.Of(Full)));
        Assert.Equal("d6580fd106b139cf97f99092c3a777c3", Convert.ToHexStringLower(ContentHash.Of(Bare)));
    }

    [Fact]
    public void Of_ChangesWithEveryField()
    {
        var variants = new Paper[]
        {
            Full with { Id = "doi:10.1000/xyz-2" },
            Full with { Title = Full.Title + "!" },
            Full with { Abstract = Full.Abstract + "!" },
            Full with { Venue = "Journal of Physics B" },
            Full with { Year = 2025 },
            Full with { Year = null },
            Full with { Volume = "58" },
            Full with { Issue = null },
            Full with { FirstPage = "102" },
            Full with { LastPage = "119" },
            Full with { Published = new DateOnly(2024, 3, 1) },
            Full with { ArticleType = "research" },
            Full with { OpenAccess = false },
            Full with { PdfSize = "1.3 MB" },
            Full with { Downloads = 4322 },
            Full with { Authors = ["Émile Borel", "Ada Lovelace"] },
            Full with { Authors = ["Ada Lovelace"] },
            Full with { Categories = ["quant-ph"] },
            Full with { Source = "/data/listings/jpb.txt" },
            Full with { Source = null },
        };
        var hashes = variants.Select(p => Convert.ToHexString(ContentHash.Of(p))).Append(Convert.ToHexString(ContentHash.Of(Full)));
        Assert.Equal(variants.Length + 1, hashes.Distinct().Count());
        Assert.Equal(ContentHash.Length, ContentHash.Of(Full).Length);
    }

    [Fact]
    public void Of_KeepsNeighbouringFieldsApart()
    {
        Assert.NotEqual(ContentHash.Of(Bare with { Title = "ab", Abstract = "c" }), ContentHash.Of(Bare with { Title = "a", Abstract = "bc" }));
        Assert.NotEqual(ContentHash.Of(Bare with { Authors = ["ab", "c"] }), ContentHash.Of(Bare with { Authors = ["a", "bc"] }));
        Assert.NotEqual(ContentHash.Of(Bare with { Authors = ["x"] }), ContentHash.Of(Bare with { Categories = ["x"] }));
    }

    [Fact]
    public void Of_IsTheSameOnEveryThread()
    {
        var expected = ContentHash.Of(Full);
        var long1 = Full with { Abstract = string.Concat(Enumerable.Repeat("A long abstract grows the buffer. ", 2000)) };
        var expectedLong = ContentHash.Of(long1);
        Parallel.For(0, 64, i => Assert.Equal(i % 2 == 0 ? expected : expectedLong, ContentHash.Of(i % 2 == 0 ? Full : long1)));
        Assert.Equal(expected, ContentHash.Of(Full));
    }
}
