namespace SearchAbstracts.Ingest;

/// <summary>Fills a paper draft from one CSV or TSV row, by the columns the header resolved to.</summary>
internal static class CsvRowMapper
{
    private static readonly string[] AuthorSeparators = [";", " and "];

    public static BibliographicDraft ToDraft(CsvRow row, CsvColumns columns, DiagnosticBag diagnostics)
    {
        var draft = new BibliographicDraft(row.Line, "the row");
        string? pages = null, year = null, date = null, type = null;
        foreach (var (index, field) in columns.Fields)
        {
            var value = BibliographicFields.NullIfBlank(index < row.Fields.Count ? row.Fields[index] : null);
            if (value is null)
                continue;
            switch (field)
            {
                case CsvField.Authors:
                    AddAuthors(draft, value);
                    break;
                case CsvField.Categories:
                    draft.Categories.AddRange(BibliographicFields.SplitList(value));
                    break;
                case CsvField.Pages:
                    pages ??= value;
                    break;
                case CsvField.Year:
                    year ??= value;
                    break;
                case CsvField.Published:
                    date ??= value;
                    break;
                case CsvField.Type:
                    type ??= value;
                    break;
                default:
                    SetFirst(draft, field, value);
                    break;
            }
        }
        draft.ArticleType = BibliographicTypes.FromKind(type);
        SetPagesAndDates(draft, pages, year, date, diagnostics);
        return draft;
    }

    /// <summary>Sets a single-valued field unless an earlier column already did.</summary>
    private static void SetFirst(BibliographicDraft draft, CsvField field, string value)
    {
        switch (field)
        {
            case CsvField.Title: draft.Title ??= value; break;
            case CsvField.Abstract: draft.Abstract ??= value; break;
            case CsvField.Venue: draft.Venue ??= value; break;
            case CsvField.Volume: draft.Volume ??= value; break;
            case CsvField.Issue: draft.Issue ??= value; break;
            case CsvField.FirstPage: draft.FirstPage ??= value; break;
            case CsvField.LastPage: draft.LastPage ??= value; break;
            case CsvField.Doi: draft.Doi ??= value; break;
            case CsvField.Id: draft.Key ??= value; break;
        }
    }

    /// <summary>Names split on <c>;</c> (else on <c>and</c>), each <c>Last, First</c> as <c>First Last</c>.</summary>
    private static void AddAuthors(BibliographicDraft draft, string value)
    {
        var separator = value.Contains(';', StringComparison.Ordinal) ? AuthorSeparators[0] : AuthorSeparators[1];
        foreach (var author in value.Split(separator, StringSplitOptions.TrimEntries))
        {
            if (BibliographicFields.PersonName(author) is { } name)
                draft.Authors.Add(name);
        }
    }

    /// <summary>
    /// A <c>pages</c> range gives the page columns not set on their own; the year comes from the year column, else
    /// from the date; only a full date gives <see cref="Paper.Published"/>.
    /// </summary>
    private static void SetPagesAndDates(BibliographicDraft draft, string? pages, string? year, string? date, DiagnosticBag diagnostics)
    {
        var (first, last) = BibliographicFields.SplitPages(pages);
        draft.FirstPage ??= first;
        draft.LastPage ??= last;
        draft.Published = BibliographicFields.FullDate(date);
        draft.Year = BibliographicFields.Year(year) ?? BibliographicFields.Year(date);
        if (year is not null && BibliographicFields.Year(year) is null)
            diagnostics.Warning(draft.Line, $"the row's year {DiagnosticBag.Quote(year)} has no four-digit year; the year is left unknown");
    }
}
