using SearchAbstracts.Facets;

namespace SearchAbstracts.Search;

/// <summary>The answer to a <see cref="SearchRequest"/>.</summary>
/// <param name="Query">The query text as given.</param>
/// <param name="Total">Papers matching the query and every filter (not just this page).</param>
/// <param name="Elapsed">Time spent in the search, snippets included.</param>
/// <param name="Hits">The requested page of hits.</param>
/// <param name="Venues">Counts by venue over all matching papers, computed without the venue filter (multi-select), most first then by name.</param>
/// <param name="Years">Counts by year over all matching papers, computed without the year filter, newest first.</param>
/// <param name="Notices">How the query was read where it differs from what was typed (e.g. syntax read as plain words).</param>
public sealed record SearchResults(
    string Query,
    int Total,
    TimeSpan Elapsed,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyList<FacetValue> Venues,
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<string> Notices)
{
    /// <summary>With <see cref="SearchRequest.Explain"/>: how the query was understood, one statement a line; else empty.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];
}
