namespace SearchAbstracts.Ingest;

/// <summary>Maps the tags of an RIS record onto a paper draft.</summary>
internal static class RisMapper
{
    // Full names before abbreviations: JF is always the full journal name and T2 the full secondary title
    // (journal or proceedings) in Zotero, Scopus and EndNote exports; JO is full in some tools and abbreviated in
    // others; JA and J2 are abbreviations, better than nothing.
    private static readonly string[] VenueTags = ["JF", "T2", "JO", "BT", "JA", "J2"];
    private static readonly string[] YearTags = ["PY", "Y1", "DA", "Y2"];
    private static readonly string[] DateTags = ["DA", "PY", "Y1"];

    public static BibliographicDraft ToDraft(RisRecord record, DiagnosticBag diagnostics)
    {
        var key = record.First("ID");
        var draft = new BibliographicDraft(record.Line, key is null ? "the record" : $"record {key}")
        {
            Key = key,
            Title = record.First("TI", "T1", "CT"),
            Abstract = Abstract(record),
            Venue = record.First(VenueTags),
            Volume = record.First("VL"),
            Issue = record.First("IS"),
            ArticleType = BibliographicTypes.FromKind(record.Type),
            Doi = record.First("DO") ?? DoiUrl(record),
        };
        SetPages(draft, record);
        SetDate(draft, record, diagnostics);
        foreach (var author in Authors(record))
        {
            if (BibliographicFields.PersonName(author) is { } name)
                draft.Authors.Add(name);
        }
        foreach (var keyword in record.All("KW"))
            draft.Categories.AddRange(BibliographicFields.SplitList(keyword));
        return draft;
    }

    /// <summary>AB, else N2 (older tools put the abstract there); several AB lines are paragraphs.</summary>
    private static string? Abstract(RisRecord record)
    {
        var tag = record.First("AB") is null ? "N2" : "AB";
        var paragraphs = record.All(tag).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim());
        return BibliographicFields.NullIfBlank(string.Join("\n\n", paragraphs));
    }

    private static IEnumerable<string> Authors(RisRecord record) =>
        record.All("AU").Count > 0 ? record.All("AU") : record.All("A1");

    /// <summary>SP and EP; some exporters put the whole range (<c>12-34</c>) in SP.</summary>
    private static void SetPages(BibliographicDraft draft, RisRecord record)
    {
        draft.SetPages(record.First("SP"));
        if (record.First("EP") is { } last)
            draft.LastPage = last;
    }

    private static void SetDate(BibliographicDraft draft, RisRecord record, DiagnosticBag diagnostics)
    {
        foreach (var tag in DateTags)
        {
            if (BibliographicFields.FullDate(record.First(tag)) is { } date)
            {
                draft.Published = date;
                break;
            }
        }
        var year = record.First(YearTags);
        draft.Year = BibliographicFields.Year(year);
        if (draft.Year is null && year is not null)
            diagnostics.Warning(record.Line, $"{draft.Label}: date {DiagnosticBag.Quote(year)} has no four-digit year; the year is left unknown");
    }

    private static string? DoiUrl(RisRecord record) => record.All("UR").FirstOrDefault(BibliographicIds.IsDoiUrl);
}
