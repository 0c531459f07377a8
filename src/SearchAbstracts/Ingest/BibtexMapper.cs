namespace SearchAbstracts.Ingest;

/// <summary>Maps the fields of a parsed BibTeX entry onto a paper draft, LaTeX turned into plain text.</summary>
internal static class BibtexMapper
{
    // biblatex spells some fields differently; the BibTeX name is tried first. school and institution name
    // where a thesis or report comes from, the nearest thing to a venue those have.
    private static readonly string[] VenueFields = ["journal", "journaltitle", "booktitle", "school", "institution"];

    public static BibliographicDraft ToDraft(BibtexEntry entry, DiagnosticBag diagnostics)
    {
        var draft = new BibliographicDraft(entry.Line, entry.Label)
        {
            Key = entry.Key,
            Title = Plain(entry.First("title")),
            Abstract = entry.First("abstract") is { } text ? LatexText.ToPlain(text, paragraphs: true) : null,
            Venue = Plain(entry.First(VenueFields)) ?? ArxivVenue(entry),
            Volume = Plain(entry.First("volume")),
            Issue = Plain(entry.First("number", "issue")),
            ArticleType = BibliographicTypes.FromKind(entry.Kind),
            Doi = Doi(entry),
        };
        draft.SetPages(Plain(entry.First("pages")));
        SetDate(draft, entry, diagnostics);
        if (entry.First("author") is { } authors)
            draft.Authors.AddRange(BibtexNames.Split(authors));
        foreach (var keyword in BibliographicFields.SplitList(entry.First("keywords")))
            draft.Categories.Add(LatexText.ToPlain(keyword));
        return draft;
    }

    private static string? Plain(string? value) => value is null ? null : BibliographicFields.NullIfBlank(LatexText.ToPlain(value));

    /// <summary>
    /// The year from <c>year</c>, else from biblatex's <c>date</c>. Only a full <c>date</c> (<c>2023-05-17</c>) gives
    /// <see cref="Paper.Published"/>: <c>month</c> and <c>year</c> name no day, and a made-up first of the month would
    /// sort as if it were known.
    /// </summary>
    private static void SetDate(BibliographicDraft draft, BibtexEntry entry, DiagnosticBag diagnostics)
    {
        var date = entry.First("date");
        draft.Published = BibliographicFields.FullDate(date);
        var year = entry.First("year");
        draft.Year = BibliographicFields.Year(year) ?? BibliographicFields.Year(date);
        if (draft.Year is null && year is not null)
            diagnostics.Warning(entry.Line, $"{entry.Label}: year {DiagnosticBag.Quote(year.Trim())} has no four-digit year; the year is left unknown");
    }

    private static string? Doi(BibtexEntry entry)
    {
        if (entry.First("doi") is { } doi)
            return LatexText.Unescape(doi);
        var url = entry.First("url");
        return BibliographicIds.IsDoiUrl(url) ? LatexText.Unescape(url!) : null;
    }

    /// <summary>arXiv entries exported as <c>@misc</c> name no journal, only <c>archiveprefix</c> or <c>eprinttype</c>.</summary>
    private static string? ArxivVenue(BibtexEntry entry) =>
        string.Equals(entry.First("archiveprefix", "eprinttype")?.Trim(), "arxiv", StringComparison.OrdinalIgnoreCase)
            ? "arXiv"
            : null;
}
