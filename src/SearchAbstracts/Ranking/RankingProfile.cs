using SearchAbstracts.Schema;

namespace SearchAbstracts.Ranking;

/// <summary>
/// How words without a field are turned into a ranked query. <see cref="Default"/> is what <c>search</c> uses;
/// the baselines reproduce plain Lucene BM25 so that evaluation numbers can be checked against published ones,
/// and the intermediate profiles show what each step of the default adds (README, "Relevance").
/// </summary>
/// <remarks>
/// All profiles share the index and BM25 (k1 0.9, b 0.4); they differ only at query time (the default's DFR
/// re-ordering reads the same index with a second similarity).
/// </remarks>
public sealed record RankingProfile
{
    /// <summary>Plain Lucene BM25 on one field holding title and abstract; bag of words.</summary>
    public static RankingProfile BaselineFlat { get; } = new()
    {
        Name = "baseline-flat",
        Description = "plain BM25 over title+abstract as one field",
        FieldWeights = new Dictionary<string, float> { [PaperFields.Text] = 1f },
    };

    /// <summary>Plain Lucene BM25 on title and abstract as two fields of weight 1; bag of words.</summary>
    public static RankingProfile BaselineMultifield { get; } = new()
    {
        Name = "baseline-multifield",
        Description = "plain BM25 over title and abstract as two fields of weight 1",
        FieldWeights = new Dictionary<string, float> { [PaperFields.Title] = 1f, [PaperFields.Abstract] = 1f },
    };

    /// <summary>Step 1: the flat field plus the title alone at a small weight, so title words count a little more.</summary>
    public static RankingProfile FlatTitle { get; } = BaselineFlat with
    {
        Name = "flat+title",
        Description = "title+abstract field plus the title at weight 0.2 (and the venue at 0.1)",
        FieldWeights = new Dictionary<string, float> { [PaperFields.Text] = 1f, [PaperFields.Title] = 0.2f, [PaperFields.Venue] = 0.1f },
    };

    /// <summary>Step 2: a word repeated in the query counts once.</summary>
    public static RankingProfile FlatTitleOnce { get; } = FlatTitle with
    {
        Name = "flat+title+once",
        Description = "as flat+title, each query word counted once",
        CountWordsOnce = true,
    };

    /// <summary>Step 3: question and function words (what, which, between, …) are dropped from the query.</summary>
    public static RankingProfile FlatTitleOnceStop { get; } = FlatTitleOnce with
    {
        Name = "flat+title+once+stop",
        Description = "as flat+title+once, with a longer list of query stop words",
        QueryStopWords = true,
    };

    /// <summary>Step 4: hyphen variants find each other (<c>co-design</c>, <c>codesign</c>, <c>co design</c>).</summary>
    public static RankingProfile Compounds { get; } = FlatTitleOnceStop with
    {
        Name = "flat+title+once+stop+compounds",
        Description = "as flat+title+once+stop, with joined forms of hyphenated and adjacent words",
        JoinCompounds = true,
    };

    /// <summary>Step 5: acronyms learned from the corpus find their long forms and back (<c>MoE</c> ≈ <c>mixture of experts</c>).</summary>
    public static RankingProfile CompoundsAcronyms { get; } = Compounds with
    {
        Name = "flat+title+once+stop+compounds+acronyms",
        Description = "as flat+title+once+stop+compounds, with acronyms and long forms learned from the corpus",
        ExpandAcronyms = true,
    };

    /// <summary>Step 6: pseudo-relevance feedback (RM3) that re-ranks, never widens, the matches of queries of three or more words.</summary>
    public static RankingProfile Rm3 { get; } = CompoundsAcronyms with
    {
        Name = "flat+title+once+stop+compounds+acronyms+rm3",
        Description = "as flat+title+once+stop+compounds+acronyms, re-ranked with RM3 feedback from the top 10 hits (queries of 3+ words)",
        Feedback = true,
    };

    /// <summary>Step 7: feedback words weighed by rarity too, title words counted twice, the first hits weighing more.</summary>
    public static RankingProfile WeightedRm3 { get; } = Rm3 with
    {
        Name = "flat+title+once+stop+compounds+acronyms+rm3idf",
        Description = "as flat+title+once+stop+compounds+acronyms+rm3, feedback words weighed by IDF, title words twice, sharper hit weights",
        WeightedFeedback = true,
    };

    /// <summary>
    /// What <c>search</c> uses: step 7, with the top 100 hits re-ordered by BM25 fused with a DFR score of the
    /// query's words (<see cref="DfrFusion"/>).
    /// </summary>
    public static RankingProfile Default { get; } = WeightedRm3 with
    {
        Name = "default",
        Description = "flat+title+once+stop+compounds+acronyms+rm3idf, top 100 re-ordered by BM25 fused with DFR I(ne)B2 (0.9/0.1 of z-scores)",
        FuseDfr = true,
        TitlePhrase = true,
    };

    /// <summary>The default with acronym expansion off: measures what acronyms add to the full ranking.</summary>
    public static RankingProfile DefaultWithoutAcronyms { get; } = Default with
    {
        Name = "default-no-acronyms",
        Description = "the default ranking with acronym expansion off (for measuring it)",
        ExpandAcronyms = false,
    };

    /// <summary>Every profile, in the order of the README table.</summary>
    public static IReadOnlyList<RankingProfile> All { get; } =
        [BaselineFlat, BaselineMultifield, FlatTitle, FlatTitleOnce, FlatTitleOnceStop, Compounds, CompoundsAcronyms, Rm3, WeightedRm3, Default, DefaultWithoutAcronyms];

    /// <summary>The name used on the command line (<c>--profile</c>).</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what the profile does.</summary>
    public required string Description { get; init; }

    /// <summary>Fields searched by words without a field, with their weights.</summary>
    public required IReadOnlyDictionary<string, float> FieldWeights { get; init; }

    /// <summary>Count a word repeated in the query once.</summary>
    public bool CountWordsOnce { get; init; }

    /// <summary>Drop question and function words beyond Lucene's English stop set from the query.</summary>
    public bool QueryStopWords { get; init; }

    /// <summary>Also match joined forms of hyphenated and adjacent query words, and hyphenated forms of solid words.</summary>
    public bool JoinCompounds { get; init; }

    /// <summary>Expand acronyms to the long forms the corpus defines them with, and long forms to acronyms.</summary>
    public bool ExpandAcronyms { get; init; }

    /// <summary>Re-rank with RM3 pseudo-relevance feedback.</summary>
    public bool Feedback { get; init; }

    /// <summary>With <see cref="Feedback"/>: weigh feedback words by IDF as well, count title words twice, let the first hits weigh more.</summary>
    public bool WeightedFeedback { get; init; }

    /// <summary>Re-order the top <see cref="DfrFusion.Depth"/> hits by BM25 fused with a DFR score of the query's words.</summary>
    public bool FuseDfr { get; init; }

    /// <summary>Add a bonus for papers whose title holds the query's words as a phrase (<see cref="Ranking.TitlePhrase"/>).</summary>
    public bool TitlePhrase { get; init; }

    /// <summary>Finds a profile by <see cref="Name"/>.</summary>
    /// <exception cref="InvalidRequestException">No profile has that name; the message lists them.</exception>
    public static RankingProfile Parse(string name) =>
        All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidRequestException($"unknown ranking profile '{name}'; profiles are {string.Join(", ", All.Select(p => p.Name))}");
}
