namespace SearchAbstracts.Ingest;

/// <summary>The parts of a citation line such as <c>Big Data Mining and Analytics 2026, 9(2): 596-610</c>.</summary>
internal sealed record Citation(
    string Venue, int Year, string? Volume, string? Issue, string? FirstPage, string? LastPage);
