using SearchAbstracts.Facets;

namespace SearchAbstracts;

/// <summary>Size and make-up of an index.</summary>
/// <param name="Papers">Number of papers (deleted ones excluded).</param>
/// <param name="Venues">Papers per venue, most first, then by name.</param>
/// <param name="Years">Papers per year, newest first.</param>
/// <param name="SizeBytes">Bytes used by the index files on disk.</param>
public sealed record IndexStats(int Papers, IReadOnlyList<FacetValue> Venues, IReadOnlyList<FacetValue> Years, long SizeBytes);
