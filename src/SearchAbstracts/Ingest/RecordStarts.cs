namespace SearchAbstracts.Ingest;

/// <summary>How a record begins: with its article-type line, (copied without it) at the title, or damaged.</summary>
internal enum StartKind
{
    None,
    Typed,
    Untyped,

    /// <summary>
    /// What is left of a record whose header lost its badge and title (or whose badge is garbled): it is reported and
    /// skipped, so that it neither vanishes into the abstract above it nor takes a line of that abstract as its title.
    /// </summary>
    Damaged,
}

/// <summary>
/// Decides where records begin. A line ending in "Issue" is only a candidate: abstract prose can end that way too, so a
/// candidate counts only when the lines after it look like a record header. A citation followed by a field line, or a
/// field line (<c>Published:</c>, actions, <c>Downloads:</c>), never occurs in an abstract: met outside a header, it
/// marks a damaged record, which ends the abstract above it.
/// </summary>
internal static class RecordStarts
{
    /// <summary>The most lines a damaged record may have above its first header line: a (garbled) badge and a title.</summary>
    private const int MaxPrefix = 2;

    public static StartKind At(ListingLines lines, int index)
    {
        var text = lines[index].Text;
        if (text.Length == 0 || ListingChrome.IsChrome(text))
            return StartKind.None;
        if (ArticleTypeParser.IsTypeLine(text) && (IsTypedStart(lines, index) || IsLoneBadge(lines, index)))
            return StartKind.Typed;
        if (IsUntypedStart(lines, index))
            return StartKind.Untyped;
        return IsAnchor(lines, index) || IsDamagedPrefix(lines, index) ? StartKind.Damaged : StartKind.None;
    }

    /// <summary>The first line at or after <paramref name="from"/> that starts a record or is page chrome.</summary>
    public static int NextBoundary(ListingLines lines, int from)
    {
        var i = lines.NextNonBlank(from);
        while (i < lines.Count && !ListingChrome.IsChrome(lines[i].Text) && At(lines, i) == StartKind.None)
            i = lines.NextNonBlank(i + 1);
        return i;
    }

    /// <summary>
    /// Where to look for the next record after one whose header could not be read, from <paramref name="from"/> inside
    /// that header: past its remaining header lines and any unreadable lines among them, so that they are not reported
    /// again as a damaged record of their own. Stops at a record start or page chrome.
    /// </summary>
    public static int SkipHeader(ListingLines lines, int from)
    {
        var i = lines.NextNonBlank(from);
        while (i < lines.Count && !ListingChrome.IsChrome(lines[i].Text) && At(lines, i) is not (StartKind.Typed or StartKind.Untyped))
        {
            if (!IsHeaderLine(lines[i].Text) && !HeaderLineSoon(lines, i))
                break;
            i = lines.NextNonBlank(i + 1);
        }

        return i;
    }

    /// <summary>Lines that sit between the citation and the abstract.</summary>
    public static bool IsFieldLine(string text) =>
        PublishedDateParser.IsPublishedLine(text)
        || ActionLineParser.IsActionLine(text)
        || ActionLineParser.IsDownloadsLine(text);

    /// <summary>A citation or field line: a line only a record header has.</summary>
    public static bool IsHeaderLine(string text) => IsFieldLine(text) || CitationParser.IsCitation(text);

    /// <summary>
    /// A line that can only belong to a record header: a field line, or a citation followed by one. A lone citation-like
    /// line is not enough, as a sentence can end in "… 2020, 5".
    /// </summary>
    public static bool IsAnchor(ListingLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsFieldLine(text))
            return true;
        if (!CitationParser.IsCitation(text))
            return false;
        var next = lines.NextNonBlank(index + 1);
        return next < lines.Count && IsFieldLine(lines[next].Text);
    }

    /// <summary>The first header line of the damaged record starting at <paramref name="start"/> (see <see cref="StartKind.Damaged"/>).</summary>
    public static int AnchorOf(ListingLines lines, int start)
    {
        var i = start;
        while (i < start + MaxPrefix && !IsAnchor(lines, i))
            i++;
        return i;
    }

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
        return HasHeaderLineSoon(lines, title);
    }

    /// <summary>
    /// Accepts a header whose citation is missing (badge, title, <c>Published:</c>) or has a stray line above it (badge,
    /// title, garbage, citation), while rejecting prose that ends in "Issue" and is followed by the next record: that next
    /// badge may sit only in the title slot, and then the field line must follow at once.
    /// </summary>
    private static bool HasHeaderLineSoon(ListingLines lines, int title)
    {
        var window = ArticleTypeParser.IsTypeLine(lines[title].Text) ? 2 : 3;
        var i = title;
        for (var seen = 0; seen < window && i < lines.Count; seen++, i = lines.NextNonBlank(i + 1))
        {
            var text = lines[i].Text;
            if (IsFieldLine(text))
                return true;
            // Only right under the title, line after line: prose would have a blank line before the next record.
            if (seen == 2 && i == title + 2 && CitationParser.IsCitation(text))
                return true;
            if (ListingChrome.IsChrome(text) || (seen > 0 && ArticleTypeParser.IsTypeLine(text)))
                return false;
        }

        return false;
    }

    /// <summary>
    /// A plain badge (<c>Open Access Review Issue</c>) at the start of a paragraph, whatever follows: what is left of a record
    /// cut short after its badge or inside its title. Prose ending in "Issue" ("Guest Editors of the Special Issue") has
    /// more or lower-case words, or sits inside a paragraph, and is left alone.
    /// </summary>
    private static bool IsLoneBadge(ListingLines lines, int index) =>
        ArticleTypeParser.IsPlainBadge(lines[index].Text) && BeginsParagraph(lines, index);

    /// <summary>
    /// A title followed by a citation and a field line: a record copied without its badge. The title must begin a
    /// paragraph: the last line of an abstract above a record that lost its badge and title is not a title.
    /// </summary>
    private static bool IsUntypedStart(ListingLines lines, int index)
    {
        var text = lines[index].Text;
        if (IsHeaderLine(text) || !BeginsParagraph(lines, index))
            return false;
        var citation = lines.NextNonBlank(index + 1);
        return citation < lines.Count && CitationParser.IsCitation(lines[citation].Text) && IsAnchor(lines, citation);
    }

    /// <summary>
    /// The first line of a damaged record above its first header line: the paragraph's first line when the header line is
    /// at most <see cref="MaxPrefix"/> lines below it, else the line <see cref="MaxPrefix"/> lines above the header line.
    /// </summary>
    private static bool IsDamagedPrefix(ListingLines lines, int index)
    {
        for (var i = index + 1; i <= index + MaxPrefix && i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0 || ListingChrome.IsChrome(text) || (ArticleTypeParser.IsTypeLine(text) && IsTypedStart(lines, i)))
                return false;
            if (IsAnchor(lines, i))
                return i == index + MaxPrefix || BeginsParagraph(lines, index);
        }

        return false;
    }

    /// <summary>True when a header line comes within the next <see cref="MaxPrefix"/> + 1 lines with text, before any record start.</summary>
    private static bool HeaderLineSoon(ListingLines lines, int index)
    {
        var i = lines.NextNonBlank(index + 1);
        for (var seen = 0; seen <= MaxPrefix && i < lines.Count; seen++, i = lines.NextNonBlank(i + 1))
        {
            var text = lines[i].Text;
            if (IsHeaderLine(text))
                return true;
            if (ListingChrome.IsChrome(text) || At(lines, i) is StartKind.Typed or StartKind.Untyped)
                return false;
        }

        return false;
    }

    private static bool BeginsParagraph(ListingLines lines, int index) =>
        index == 0 || lines[index - 1].IsBlank || ListingChrome.IsChrome(lines[index - 1].Text);
}
