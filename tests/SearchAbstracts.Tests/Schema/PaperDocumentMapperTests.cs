using Lucene.Net.Index;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Schema;

public sealed class PaperDocumentMapperTests
{
    [Fact]
    public void Authors_ComeBackFromTheIndexInOrder_AndEachIsSearchable()
    {
        var paper = TestPapers.Make("p1", "Analytical engines", "Notes on the engine.") with
        {
            Authors = ["Ada Lovelace", "Charles Babbage", "Luigi Menabrea"],
        };
        var other = TestPapers.Make("p2", "Difference engines", "More notes on the engine.") with { Authors = ["Per Georg Scheutz"] };
        var none = TestPapers.Make("p3", "Engines without authors", "Anonymous notes on the engine.");
        using var temp = TempIndex.With(paper, other, none);

        var hits = temp.Index.Search(new SearchRequest { Query = "engine", Limit = 10 }).Hits;
        Assert.Equal(["Ada Lovelace", "Charles Babbage", "Luigi Menabrea"], hits.Single(h => h.Paper.Id == "p1").Paper.Authors);
        Assert.Equal(["Per Georg Scheutz"], hits.Single(h => h.Paper.Id == "p2").Paper.Authors);
        Assert.Empty(hits.Single(h => h.Paper.Id == "p3").Paper.Authors);

        // Each author is still indexed, and a phrase matches within one author's name, not across two.
        Assert.Equal(["p1"], temp.Index.Search(new SearchRequest { Query = "author:babbage" }).Hits.Select(h => h.Paper.Id));
        Assert.Equal(["p2"], temp.Index.Search(new SearchRequest { Query = "author:scheutz" }).Hits.Select(h => h.Paper.Id));
        Assert.Equal(["p1"], temp.Index.Search(new SearchRequest { Query = "author:\"charles babbage\"" }).Hits.Select(h => h.Paper.Id));
        Assert.Empty(temp.Index.Search(new SearchRequest { Query = "author:\"babbage luigi\"" }).Hits);
        Assert.Empty(temp.Index.Search(new SearchRequest { Query = "author:\"lovelace charles\"~3" }).Hits);
    }

    [Fact]
    public void Authors_WithTheSeparatorInAName_KeepTheirCount()
    {
        var paper = TestPapers.Make("p1", "Separators", "A name with a unit separator.") with { Authors = ["Odd\u001fName", "Plain Name"] };
        using var temp = TempIndex.With(paper);
        var stored = temp.Index.Search(new SearchRequest { Query = "separator" }).Hits.Single().Paper.Authors;
        Assert.Equal(["Odd Name", "Plain Name"], stored);
    }

    [Fact]
    public void Year_IsOneTermPerPaper_AndYearQueriesAndStoredYearsStillWork()
    {
        var papers = new[]
        {
            TestPapers.Make("p1", "Old engines", "Notes on the engine.") with { Year = 1999 },
            TestPapers.Make("p2", "Newer engines", "Notes on the engine.") with { Year = 2019 },
            TestPapers.Make("p3", "Recent engines", "Notes on the engine.") with { Year = 2024 },
            TestPapers.Make("p4", "Latest engines", "Notes on the engine.") with { Year = 2025 },
            TestPapers.Make("p5", "Undated engines", "Notes on the engine.") with { Year = null, Published = null },
        };
        using var temp = TempIndex.With(papers);

        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(temp.Path)))
        {
            // Full precision only: one term per distinct year, each in one paper (Lucene's default added seven more per paper).
            var terms = MultiFields.GetTerms(reader, PaperFields.Year).GetEnumerator();
            var docFreqs = new List<int>();
            while (terms.MoveNext())
            {
                docFreqs.Add(terms.DocFreq);
            }
            Assert.Equal([1, 1, 1, 1], docFreqs);
        }
        string Ids(string query) => string.Join(' ', temp.Index.Search(new SearchRequest { Query = query, Limit = 10 }).Hits.Select(h => h.Paper.Id).Order());
        Assert.Equal("p3", Ids("engine AND year:2024"));
        Assert.Equal("p2 p3", Ids("engine AND year:[2019 TO 2024]"));
        Assert.Equal("p3", Ids("engine AND year:{2019 TO 2025}"));
        Assert.Equal("p1", Ids("engine AND year:[* TO 2000]"));
        Assert.Equal("p3 p4", Ids("engine AND year:[2020 TO *]"));
        Assert.Equal(
            [1999, 2019, 2024, 2025, null],
            temp.Index.Search(new SearchRequest { Query = "engine", Limit = 10 }).Hits.OrderBy(h => h.Paper.Id).Select(h => h.Paper.Year));
    }

    [Fact]
    public void SortKey_OrdersByDateThenYear_AndHoldsTheYearForFacets()
    {
        var dated = TestPapers.Make("a", "t", "a") with { Published = new DateOnly(2024, 3, 1), Year = 2024 };
        var yearOnly = TestPapers.Make("b", "t", "a") with { Published = null, Year = 2024 };
        var earlier = TestPapers.Make("c", "t", "a") with { Published = new DateOnly(2023, 12, 31), Year = 2023 };
        var issueYear = TestPapers.Make("d", "t", "a") with { Published = new DateOnly(2024, 3, 1), Year = 2025 };
        var undated = TestPapers.Make("e", "t", "a") with { Published = null, Year = null };
        var odd = TestPapers.Make("f", "t", "a") with { Published = new DateOnly(2024, 3, 1), Year = 12024 };

        long Key(Paper p) => PaperDocumentMapper.SortKey(p);
        Assert.True(Key(dated) > Key(yearOnly));
        Assert.True(Key(yearOnly) > Key(earlier));
        Assert.True(Key(earlier) > Key(undated));
        // Same date, the later year after; both after every earlier date.
        Assert.True(Key(issueYear) > Key(dated));
        Assert.True(Key(odd) < Key(issueYear) && Key(odd) > Key(yearOnly));

        Assert.Equal(2024, PaperDocumentMapper.YearOf(Key(dated)));
        Assert.Equal(2024, PaperDocumentMapper.YearOf(Key(yearOnly)));
        Assert.Equal(2023, PaperDocumentMapper.YearOf(Key(earlier)));
        Assert.Equal(2025, PaperDocumentMapper.YearOf(Key(issueYear)));
        Assert.Equal(0, PaperDocumentMapper.YearOf(Key(undated)));
        Assert.Equal(0, PaperDocumentMapper.YearOf(Key(odd)));
        Assert.Equal(0, PaperDocumentMapper.YearOf(Key(TestPapers.Make("g", "t", "a") with { Published = null, Year = -44 })));
    }

    [Fact]
    public void YearFacet_ComesFromTheSortKey_AndDateSortStillOrders()
    {
        using var temp = TempIndex.With(
            TestPapers.Make("p1", "Engines one", "Notes on the engine.") with { Published = new DateOnly(2024, 3, 1), Year = 2025 },
            TestPapers.Make("p2", "Engines two", "Notes on the engine.") with { Published = null, Year = 2023 },
            TestPapers.Make("p3", "Engines three", "Notes on the engine.") with { Published = new DateOnly(2024, 5, 2), Year = 2024 },
            TestPapers.Make("p4", "Engines four", "Notes on the engine.") with { Published = null, Year = null });

        var results = temp.Index.Search(new SearchRequest { Query = "engine", Limit = 10, Sort = SearchSort.Date });
        Assert.Equal(["p3", "p1", "p2", "p4"], results.Hits.Select(h => h.Paper.Id));
        Assert.Equal(
            [("2023", 1), ("2024", 1), ("2025", 1)],
            results.Years.Select(f => (f.Value, f.Count)).OrderBy(f => f.Value, StringComparer.Ordinal));
        var filtered = temp.Index.Search(new SearchRequest { Query = "engine", Limit = 10, YearFrom = 2024, YearTo = 2024 });
        Assert.Equal(["p3"], filtered.Hits.Select(h => h.Paper.Id));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(202403012024L * 10)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void SortKeyValue_RoundTrips(long key) =>
        Assert.Equal(key, PaperDocumentMapper.SortKeyOf(PaperDocumentMapper.SortKeyValue(key)));

    [Fact]
    public void SortKeyValue_BytesCompareAsTheNumbers_NegativeKeysIncluded()
    {
        long[] keys = [long.MinValue, -440000L * 10000, -1, 0, 1, 20231231_2023L, 20240000_2024L, 20240301_2024L, 20240301_2025L, long.MaxValue];
        var values = keys.Select(PaperDocumentMapper.SortKeyValue).ToArray();
        for (var i = 1; i < keys.Length; i++)
        {
            Assert.True(values[i - 1].CompareTo(values[i]) < 0, $"{keys[i - 1]} should sort before {keys[i]}");
        }
    }

    [Theory]
    [InlineData("p1")]
    [InlineData("10.1000/xyz-ü東京")]
    [InlineData("")]
    public void IdValue_HoldsTheIdThenTheHash_AndGivesBothBack(string id)
    {
        var hash = Enumerable.Range(1, ContentHash.Length).Select(i => (byte)(i * 17)).ToArray();

        var value = PaperDocumentMapper.IdValue(id, hash);

        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(id) + ContentHash.Length, value.Length);
        Assert.Equal(id, PaperDocumentMapper.IdOf(value));
        Assert.Equal(hash, PaperDocumentMapper.HashOf(value));
    }

    [Fact]
    public void IdValue_RefusesAHashOfAnotherLength_AndATooShortValueIsCorrupt()
    {
        Assert.Throws<ArgumentException>(() => PaperDocumentMapper.IdValue("p1", new byte[20]));
        var shortValue = new Lucene.Net.Util.BytesRef(new byte[ContentHash.Length - 1]);
        Assert.Throws<CorruptIndexException>(() => PaperDocumentMapper.IdOf(shortValue));
    }

    [Fact]
    public void DateSort_AndYearFacet_AcrossSegments_WithAYearBeforeTheCommonEra()
    {
        // Each part its own segment: the date sort compares keys across segments by their bytes.
        using var temp = TempIndex.InCommits([
            [TestPapers.Make("p1", "Engines one", "Notes on the engine.") with { Published = new DateOnly(2024, 3, 1), Year = 2024 }],
            [TestPapers.Make("p2", "Engines two", "Notes on the engine.") with { Published = null, Year = -44 },
             TestPapers.Make("p3", "Engines three", "Notes on the engine.") with { Published = new DateOnly(1999, 1, 2), Year = 1999 }],
            [TestPapers.Make("p4", "Engines four", "Notes on the engine.") with { Published = new DateOnly(2024, 3, 2), Year = 2024 },
             TestPapers.Make("p5", "Engines five", "Notes on the engine.") with { Published = null, Year = null }],
        ]);

        var results = temp.Index.Search(new SearchRequest { Query = "engine", Limit = 10, Sort = SearchSort.Date });

        Assert.Equal(["p4", "p1", "p3", "p5", "p2"], results.Hits.Select(h => h.Paper.Id));
        Assert.Equal(
            [("1999", 1), ("2024", 2)],
            results.Years.Select(f => (f.Value, f.Count)).OrderBy(f => f.Value, StringComparer.Ordinal));
    }
}
