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
}
