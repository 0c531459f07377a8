namespace SearchAbstracts.Ingest;

/// <summary>How a record begins: with its article-type line, or (copied without it) straight at the title.</summary>
internal enum StartKind
{
    None,
    Typed,
    Untyped,
}

/// <summary>
/// Decides where records begin. A line ending in "Issue" is only a candidate: abstract prose can end that way
/// too, so a candidate counts only when the lines after it look like a record header.
/// </summary>
internal static class RecordStarts
{
    public static StartKind At(ListingLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length == 0 || ListingChrome.IsChrome(text))
            return StartKind.None;
        if (ArticleTypeParser.IsTypeLine(text))
            return IsTypedStart(lines, index) ? StartKind.Typed : StartKind.None;
        return IsUntypedStart(lines, index) ? StartKind.Untyped : StartKind.None;
    }

    /// <summary>The first line at or after <paramref name="from"/> that starts a record or is page chrome.</summary>
    public static int NextBoundary(ListingLines lines, int from)
    {
        var i = lines.NextNonBlank(from);
        while (i < lines.Count && !ListingChrome.IsChrome(lines[i].Text) && At(lines, i) == StartKind.None)
            i = lines.NextNonBlank(i + 1);
        return i;
    }

    /// <summary>Lines that sit between the citation and the abstract.</summary>
    public static bool IsFieldLine(string text) =>
        PublishedDateParser.IsPublishedLine(text)
        || ActionLineParser.IsActionLine(text)
        || ActionLineParser.IsDownloadsLine(text);

    private static bool IsTypedStart(ListingLines lines, int index)
    {
        var title = lines.NextNonBlank(index + 1);
        if (title == lines.Count)
            return true; // the file stops right after the badge: a truncated record, reported as such
        if (ListingChrome.IsChrome(lines[title].Text))
            return false;
        if (CitationParser.IsCitation(lines[title].Text))
            return true; // a record whose title is missing
        var citation = lines.NextNonBlank(title + 1);
        if (citation == lines.Count || CitationParser.IsCitation(lines[citation].Text))
            return true; // the usual badge, title, citation; or a file cut off after the title
        return HasFieldLineSoon(lines, title);
    }

    /// <summary>
    /// Accepts a header whose citation is missing (badge, title, <c>Published:</c>) while rejecting prose that
    /// ends in "Issue" and is followed by the next record: that next badge may sit only in the title slot,
    /// and then the field line must follow at once.
    /// </summary>
    private static bool HasFieldLineSoon(ListingLines lines, int title)
    {
        var window = ArticleTypeParser.IsTypeLine(lines[title].Text) ? 2 : 3;
        var i = title;
        for (var seen = 0; seen < window && i < lines.Count; seen++, i = lines.NextNonBlank(i + 1))
        {
            var text = lines[i].Text;
            if (IsFieldLine(text))
                return true;
            if (ListingChrome.IsChrome(text) || (seen > 0 && ArticleTypeParser.IsTypeLine(text)))
                return false;
        }

        return false;
    }

    /// <summary>A title followed by a citation and a <c>Published:</c> line: a record copied without its badge.</summary>
    private static bool IsUntypedStart(ListingLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsFieldLine(text) || CitationParser.IsCitation(text))
            return false;
        var citation = lines.NextNonBlank(index + 1);
        if (citation == lines.Count || !CitationParser.IsCitation(lines[citation].Text))
            return false;
        var published = lines.NextNonBlank(citation + 1);
        return published < lines.Count && PublishedDateParser.IsPublishedLine(lines[published].Text);
    }
}
