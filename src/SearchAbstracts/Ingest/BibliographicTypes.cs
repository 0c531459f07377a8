namespace SearchAbstracts.Ingest;

/// <summary>
/// Turns the record kinds of reference exports (BibTeX entry types, RIS <c>TY</c> codes, CSV <c>type</c> values
/// such as Zotero's <c>journalArticle</c> or Scopus's <c>Conference Paper</c>) into <see cref="Paper.ArticleType"/>.
/// </summary>
/// <remarks>
/// The article type says what kind of paper it is, not where it appeared (the venue says that), so journal
/// articles, conference papers, chapters, preprints and generic entries are all <c>research</c>, as a plain
/// <c>Issue</c> badge is in a listing. Books, theses and reports get their own type; <c>review</c> and
/// <c>survey</c> are kept; any other kind is kept as written, lower-cased, as the listing reader does.
/// </remarks>
internal static class BibliographicTypes
{
    private static readonly Dictionary<string, string> Types = Build();

    /// <summary>The article type for a kind; <c>research</c> for a blank one.</summary>
    public static string FromKind(string? kind)
    {
        if (string.IsNullOrWhiteSpace(kind))
            return "research";
        var normalized = new string([.. kind.Where(char.IsLetterOrDigit)]).ToLowerInvariant();
        return Types.TryGetValue(normalized, out var type) ? type : kind.Trim().ToLowerInvariant();
    }

    private static Dictionary<string, string> Build()
    {
        string[] research =
        [
            // BibTeX and biblatex entry types
            "article", "inproceedings", "conference", "incollection", "inbook", "misc", "unpublished", "online",
            "preprint", "proceedings",
            // RIS TY codes
            "jour", "ejour", "jfull", "conf", "cpaper", "chap", "echap", "gen", "elec", "unpb", "inpress", "inpr",
            "manscpt",
            // CSV exports: Zotero item types, Scopus and Web of Science document types
            "journalarticle", "conferencepaper", "booksection", "researcharticle", "proceedingspaper",
            "originalarticle", "articleinpress", "earlyaccess",
        ];
        var types = research.ToDictionary(k => k, _ => "research", StringComparer.Ordinal);
        foreach (var book in (string[])["book", "ebook", "edbook", "booklet"])
            types[book] = "book";
        foreach (var thesis in (string[])["thesis", "phdthesis", "mastersthesis", "thes", "dissertation"])
            types[thesis] = "thesis";
        foreach (var report in (string[])["report", "techreport", "rprt"])
            types[report] = "report";
        types["review"] = "review";
        types["survey"] = "survey";
        return types;
    }
}
