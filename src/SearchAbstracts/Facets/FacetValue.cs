namespace SearchAbstracts.Facets;

/// <summary>One facet value and the number of matching papers that have it.</summary>
/// <param name="Value">The label, e.g. a venue name or a year.</param>
/// <param name="Count">Matching papers with that label.</param>
public sealed record FacetValue(string Value, int Count);
