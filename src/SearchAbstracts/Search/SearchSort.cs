namespace SearchAbstracts.Search;

/// <summary>Order of the hits.</summary>
public enum SearchSort
{
    /// <summary>Best match first (BM25 score, title weighted above abstract).</summary>
    Relevance,

    /// <summary>Newest publication date first (of one date, the later year first); ties broken by score.</summary>
    Date,
}
