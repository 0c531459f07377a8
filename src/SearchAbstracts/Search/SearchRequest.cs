using SearchAbstracts.Ranking;

namespace SearchAbstracts.Search;

/// <summary>What to search for and how to present it. Defaults give the first 10 hits by relevance.</summary>
public sealed record SearchRequest
{
    /// <summary>Largest <see cref="Limit"/> accepted; deeper pages should use <see cref="Offset"/>.</summary>
    public const int MaxLimit = 10_000;

    /// <summary>
    /// Query text: bare words, <c>"phrases"</c>, AND/OR/NOT, <c>+</c>/<c>-</c>, <c>title:</c>/<c>abstract:</c>/<c>venue:</c>/
    /// <c>type:</c> fields and <c>year:[2024 TO 2026]</c>. <c>*</c> alone matches every paper.
    /// </summary>
    public required string Query { get; init; }

    /// <summary>Hits to return, 1 to <see cref="MaxLimit"/>.</summary>
    /// <value>Default 10.</value>
    public int Limit { get; init; } = 10;

    /// <summary>Hits to skip before the first one returned (paging).</summary>
    /// <value>Default 0.</value>
    public int Offset { get; init; }

    /// <summary>Keep only papers from these venues (exact names; several means any of them).</summary>
    /// <value>Default empty: every venue.</value>
    public IReadOnlyList<string> Venues { get; init; } = [];

    /// <summary>Keep only papers published in or after this year.</summary>
    public int? YearFrom { get; init; }

    /// <summary>Keep only papers published in or before this year.</summary>
    public int? YearTo { get; init; }

    /// <summary>Hit order.</summary>
    /// <value>Default <see cref="SearchSort.Relevance"/>.</value>
    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>How words are weighted and ranked.</summary>
    /// <value>Default <see cref="RankingProfile.Default"/>, the tuned ranking.</value>
    public RankingProfile Profile { get; init; } = RankingProfile.Default;

    /// <summary>Read <see cref="Query"/> as plain words: no operators, fields, quotes or wildcards (how evaluation queries are read).</summary>
    /// <value>Default false.</value>
    public bool PlainWords { get; init; }

    /// <summary>Also say how the query was understood and, for each hit, which terms scored (<see cref="SearchResults.Explanation"/>, <see cref="SearchHit.Why"/>).</summary>
    /// <value>Default false.</value>
    public bool Explain { get; init; }

    /// <summary>Count venues and years over all matches (<see cref="SearchResults.Venues"/>, <see cref="SearchResults.Years"/>); false leaves both empty, which saves a little time per match.</summary>
    /// <value>Default true.</value>
    public bool CountFacets { get; init; } = true;

    /// <summary>Abstract fragments per hit, 0 to 5.</summary>
    /// <value>Default 2.</value>
    public int SnippetCount { get; init; } = 2;

    /// <summary>Target length of one fragment in characters (fragments end at sentence or word boundaries).</summary>
    /// <value>Default 240.</value>
    public int SnippetLength { get; init; } = 240;
}
