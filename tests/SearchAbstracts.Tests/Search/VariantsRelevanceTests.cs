using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// Relevance properties of word variants (the ranking properties 1–6 are in <see cref="RankingTests"/>):
/// 7. Stemmed and plural forms match each other.
/// 8. Hyphen variants find each other: co-design ≈ codesign ≈ co design, pre-training ≈ pretraining.
/// 9. Hyphenated names stay findable as written: 8-bit, ResNet-50, COVID-19.
/// 10. An acronym the corpus defines finds papers that only spell it out, and the reverse.
/// 11. Highlighting follows what matched, variants and expansions included.
/// </summary>
public sealed class VariantsRelevanceTests : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(
        TestPapers.Make("hyphen", "Hardware co-design of accelerators", "We pre-training models with 8-bit weights on ResNet-50."),
        TestPapers.Make("solid", "Codesign methods", "Pretraining at scale for COVID-19 imaging."),
        TestPapers.Make("spaced", "A co design study", "Nothing else in common here."),
        TestPapers.Make("defines", "Sparse Mixture-of-Experts (MoE) layers", "Mixture-of-Experts (MoE) models route tokens to experts."),
        TestPapers.Make("longonly", "Routing in a mixture of experts", "Gating networks pick the experts for each token."),
        TestPapers.Make("acronymonly", "Scaling MoE training", "We train a large MoE on many devices."),
        TestPapers.Make("plural", "Transformers", "A transformer encodes sequences; encoders were trained."));

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("transformer", "plural")]
    [InlineData("encoder", "plural")]
    [InlineData("training", "plural")]
    public void Property7_StemmedAndPluralForms_Match(string query, string id)
    {
        Assert.Contains(id, Ids(query));
    }

    [Theory]
    [InlineData("co-design")]
    [InlineData("codesign")]
    [InlineData("co design")]
    public void Property8_CoDesignVariants_FindEachOther(string query)
    {
        var ids = Ids(query);

        Assert.Contains("hyphen", ids);
        Assert.Contains("solid", ids);
    }

    [Theory]
    [InlineData("pretraining", "hyphen")]
    [InlineData("pre-training", "solid")]
    public void Property8_PretrainingVariants_FindEachOther(string query, string id)
    {
        Assert.Contains(id, Ids(query));
    }

    [Theory]
    [InlineData("8-bit", "hyphen")]
    [InlineData("ResNet-50", "hyphen")]
    [InlineData("COVID-19", "solid")]
    public void Property9_HyphenatedNames_AreFoundFirstAsWritten(string query, string id)
    {
        Assert.Equal(id, Ids(query)[0]);
    }

    [Fact]
    public void Property10_Acronym_FindsPapersThatOnlySpellItOut()
    {
        var results = Search("MoE");

        Assert.Contains("longonly", results.Hits.Select(h => h.Paper.Id));
        Assert.Contains("acronym: MoE → \"mixture-of-experts\"", results.Notices);
    }

    [Fact]
    public void Property10_LongForm_FindsPapersThatOnlyUseTheAcronym()
    {
        var results = Search("mixture of experts");

        Assert.Contains("acronymonly", results.Hits.Select(h => h.Paper.Id));
    }

    [Fact]
    public void Property11_Highlighting_MarksTheVariantThatMatched()
    {
        var hit = Search("codesign").Hits.Single(h => h.Paper.Id == "hyphen");

        Assert.Contains(hit.TitleHighlights, r => hit.Paper.Title[r.Start..r.End] == "co-design");
    }

    [Fact]
    public void Property11_Highlighting_MarksTheExpandedLongForm()
    {
        var hit = Search("MoE").Hits.Single(h => h.Paper.Id == "longonly");
        var marked = hit.TitleHighlights.Select(r => hit.Paper.Title[r.Start..r.End]).ToList();

        Assert.Contains("mixture", marked);
        Assert.Contains("experts", marked);
    }

    private List<string> Ids(string query) => Search(query).Hits.Select(h => h.Paper.Id).ToList();

    private SearchResults Search(string query) => _temp.Index.Search(new SearchRequest { Query = query, Limit = 100 });
}
