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
        // Values for schema 13 (the schema version is hashed too): indexes built since store these, and re-indexing
        // their unchanged input must report every paper unchanged.
        Assert.Equal("28c58a9039042c8096f07c9cb69a40e0", Convert.ToHexStringLower(ContentHash.Of(Full)));
        Assert.Equal("c51ee6338c400ed8d2d544f6d71e9290", Convert.ToHexStringLower(ContentHash.Of(Bare)));
    }

    [Fact]
    public void Of_IsTheHashOfTheFieldsJoined()
    {
        // Fed to the hash field by field: the same bytes as the joined string's UTF-16 code units, hashed.
        Assert.Equal(Joined(Full), ContentHash.Of(Full));
        Assert.Equal(Joined(Bare), ContentHash.Of(Bare));
        var odd = Full with { Title = "lone \ud800 surrogate", Abstract = "emoji 🙂 and ü", Authors = [], Categories = ["x", "", "y"] };
        Assert.Equal(Joined(odd), ContentHash.Of(odd));
    }

    private static byte[] Joined(Paper p)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        string?[] fields =
        [
            SchemaInfo.Version, p.Id, p.Title, p.Abstract, p.Venue, p.Year?.ToString(c), p.Volume, p.Issue, p.FirstPage, p.LastPage,
            p.Published?.ToString("yyyy-MM-dd", c), p.ArticleType, p.OpenAccess ? "1" : "0", p.PdfSize, p.Downloads?.ToString(c),
            string.Join('\u001e', p.Authors), string.Join('\u001e', p.Categories),
            p.Source is null ? "" : PaperDocumentMapper.SourceKey(p.Source),
        ];
        var text = string.Join('\u001f', fields.Select(f => f ?? ""));
        // The code units as they are (Encoding.Unicode would replace a lone surrogate), little-endian.
        return System.IO.Hashing.XxHash128.Hash(text.SelectMany(c => new[] { (byte)c, (byte)(c >> 8) }).ToArray());
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
