using SearchAbstracts.Analysis;
using SearchAbstracts.Search;
using SearchAbstracts.Snippets;

namespace SearchAbstracts.Tests.Snippets;

public sealed class HitHighlighterTests
{
    private const string Text = "We train models. The trained model beats training from scratch; the pipeline parallelism scheme helps the pipeline.";

    [Fact]
    public void Find_StemmedQuery_MarksEveryInflectedForm()
    {
        Assert.Equal(["train", "trained", "training"], Marked("training"));
    }

    [Fact]
    public void Find_Phrase_MarksOnlyThePhraseAsOneRange()
    {
        Assert.Equal(["pipeline parallelism"], Marked("\"pipeline parallelism\""));
    }

    [Fact]
    public void Find_AdjacentWords_AreJoinedIntoOneRange()
    {
        Assert.Equal(["pipeline parallelism", "pipeline"], Marked("pipeline parallelism"));
    }

    [Fact]
    public void Find_FieldQueryForAnotherField_MarksNothing()
    {
        Assert.Empty(Marked("title:training"));
    }

    private static List<string> Marked(string query)
    {
        using var analyzer = PaperAnalyzers.Create();
        var built = QueryBuilder.Build(query, analyzer, SearchAbstracts.Ranking.RankingProfile.Default, plainWords: false, new List<string>());
        var ranges = new HitHighlighter(built, analyzer).Find("abstract", Text);
        return ranges.Select(r => Text[r.Start..r.End]).ToList();
    }
}
