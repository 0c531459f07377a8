namespace SearchAbstracts.Facets;

/// <summary>The facet-style filters of a search: applied in the collector so that each facet can be counted without its own filter.</summary>
internal sealed record FacetFilter(IReadOnlySet<string> Venues, int? YearFrom, int? YearTo)
{
    public static FacetFilter None { get; } = new(new HashSet<string>(StringComparer.Ordinal), null, null);

    public bool HasVenues => Venues.Count > 0;

    /// <summary>True when any filter is set, so that some matches may not pass.</summary>
    public bool IsActive => HasVenues || YearFrom is not null || YearTo is not null;
}
