namespace SearchAbstracts;

/// <summary>
/// One paper record as read from a listing page (or another source) and as stored in the index.
/// Free of Lucene types so that readers, the library API and the CLI share it.
/// </summary>
public sealed record Paper
{
    /// <summary>Stable id derived from the citation (see <c>seeds/README.md</c>); the index key.</summary>
    public required string Id { get; init; }

    /// <summary>Title exactly as given.</summary>
    public required string Title { get; init; }

    /// <summary>Abstract text exactly as given (paragraphs joined by a blank line).</summary>
    public required string Abstract { get; init; }

    /// <summary>Journal or venue name exactly as given, e.g. <c>Big Data Mining and Analytics</c>; empty when the source names none.</summary>
    public required string Venue { get; init; }

    /// <summary>Publication year (from the citation line, or a corpus's metadata), or null when unknown.</summary>
    public int? Year { get; init; }

    /// <summary>Volume, kept as text because real volumes include values such as <c>12A</c>.</summary>
    public string? Volume { get; init; }

    /// <summary>Issue, kept as text because real issues include values such as <c>3-4</c> or <c>S1</c>.</summary>
    public string? Issue { get; init; }

    /// <summary>First page (text: electronic page ids such as <c>e1234</c> exist).</summary>
    public string? FirstPage { get; init; }

    /// <summary>Last page, or null for a single-page or page-less record.</summary>
    public string? LastPage { get; init; }

    /// <summary>Publication date, or null when the source gives none.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// Article type in lower case: <c>research</c> (a plain <c>Issue</c> line), <c>survey</c>, <c>review</c>,
    /// <c>perspective</c>, or any other word the listing used, kept as written (lower-cased).
    /// </summary>
    public string ArticleType { get; init; } = "research";

    /// <summary>True when the listing marks the record as open access.</summary>
    public bool OpenAccess { get; init; }

    /// <summary>Size of the PDF as printed by the listing (e.g. <c>9.8 MB</c>), or null when no PDF is offered.</summary>
    public string? PdfSize { get; init; }

    /// <summary>True when the listing offers a PDF.</summary>
    public bool HasPdf => PdfSize is not null;

    /// <summary>Download count, or null when the listing shows none.</summary>
    public int? Downloads { get; init; }

    /// <summary>Author names as given by the source (listing pages carry none).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Subject categories as given by the source, e.g. arXiv's <c>cs.CL</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Pages as <c>first-last</c>, <c>first</c>, or null.</summary>
    public string? Pages => FirstPage is null ? null : LastPage is null ? FirstPage : $"{FirstPage}-{LastPage}";

    /// <summary>The file the record was read from (as given on the command line), or null.</summary>
    public string? Source { get; init; }
}
