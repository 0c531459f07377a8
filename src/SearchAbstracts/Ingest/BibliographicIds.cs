namespace SearchAbstracts.Ingest;

/// <summary>
/// The id rule shared by the BibTeX, RIS and CSV readers: the DOI when there is one (the same paper exported from
/// two tools then gets one id), else the format's own key, else an id made from the citation.
/// </summary>
internal static class BibliographicIds
{
    private static readonly string[] DoiPrefixes =
        ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"];

    /// <summary>
    /// <c>doi:</c> plus the DOI in lower case (DOIs are case-insensitive); else the key as given; else
    /// <see cref="PaperId.FromCitation"/> when the record has a venue and a year; else null.
    /// </summary>
    public static string? Make(BibliographicDraft draft)
    {
        if (Doi(draft.Doi) is { } doi)
            return "doi:" + doi;
        if (BibliographicFields.NullIfBlank(draft.Key) is { } key)
            return key;
        if (string.IsNullOrWhiteSpace(draft.Venue) || draft.Year is not { } year)
            return null;
        return PaperId.FromCitation(draft.Venue, year, draft.Volume, draft.Issue, draft.FirstPage);
    }

    /// <summary>The DOI in lower case without a resolver prefix, or null when the text is no DOI (<c>10.</c>…<c>/</c>…).</summary>
    public static string? Doi(string? text)
    {
        var doi = BibliographicFields.NullIfBlank(text);
        if (doi is null)
            return null;
        foreach (var prefix in DoiPrefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..].Trim();
                break;
            }
        }
        return doi.StartsWith("10.", StringComparison.Ordinal) && doi.IndexOf('/', StringComparison.Ordinal) > 3
            ? doi.ToLowerInvariant()
            : null;
    }

    /// <summary>True for a URL that is a DOI link, so exporters that only fill in <c>url</c> still give a DOI.</summary>
    public static bool IsDoiUrl(string? url) =>
        url is not null && url.Contains("doi.org/10.", StringComparison.OrdinalIgnoreCase);
}
