namespace SearchAbstracts.Ingest;

/// <summary>
/// One record of a reference-manager export (BibTeX, RIS or CSV) with its fields already turned into plain text,
/// before the checks every such format shares: a title, an id, and a warning when the abstract is missing.
/// </summary>
/// <param name="line">The 1-based line where the record starts: every diagnostic about it points there.</param>
/// <param name="label">How messages name the record, e.g. <c>@article{smith2020}</c> or <c>the record</c>.</param>
internal sealed class BibliographicDraft(int line, string label)
{
    public int Line { get; } = line;

    public string Label { get; } = label;

    /// <summary>The format's own key: a BibTeX citation key, an RIS <c>ID</c>, a CSV <c>id</c> column.</summary>
    public string? Key { get; set; }

    /// <summary>The DOI as given (any <c>https://doi.org/</c> prefix is removed when the id is made).</summary>
    public string? Doi { get; set; }

    public string? Title { get; set; }

    public string? Abstract { get; set; }

    public string? Venue { get; set; }

    public int? Year { get; set; }

    public string? Volume { get; set; }

    public string? Issue { get; set; }

    public string? FirstPage { get; set; }

    public string? LastPage { get; set; }

    public DateOnly? Published { get; set; }

    public string ArticleType { get; set; } = "research";

    public List<string> Authors { get; } = [];

    public List<string> Categories { get; } = [];

    /// <summary>Sets both page fields from a range such as <c>12--34</c>, <c>12–34</c> or a lone <c>e1234</c>.</summary>
    public void SetPages(string? pages)
    {
        var (first, last) = BibliographicFields.SplitPages(pages);
        FirstPage = first;
        LastPage = last;
    }
}
