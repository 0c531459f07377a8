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
}
