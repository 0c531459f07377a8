namespace SearchAbstracts.Ingest;

/// <summary>
/// Says what is wrong with a record that starts damaged (<see cref="StartKind.Damaged"/>): its first header line has no
/// badge and title above it, or an unreadable line in the badge's place. Such a record is always skipped.
/// </summary>
internal static class DamagedHeader
{
    private const string CitationShape = "\"Venue Year, Volume(Issue): First-Last\"";

    /// <summary>The error for the damaged record at <paramref name="start"/>, reported at its first line.</summary>
    public static RecordError Describe(ListingLines lines, int start)
    {
        var anchor = RecordStarts.AnchorOf(lines, start);
        var header = lines[anchor].Text;
        var isCitation = CitationParser.IsCitation(header);
        var message = (anchor - start, isCitation) switch
        {
            (0, true) => $"record {Quote(header)} has no title: nothing above its citation line reads as a title or an article-type line",
            (0, false) => $"record starting {Quote(header)} has no title or citation: nothing above it reads as a record header",
            (_, true) => $"record {Quote(lines[anchor - 1].Text)} has an unreadable line {Quote(lines[start].Text)} above its title "
                + "(expected an article-type line such as \"Open Access Issue\")",
            _ => $"record {Quote(lines[anchor - 1].Text)} has no citation line (expected {CitationShape} after the title, found "
                + $"{Quote(header)})" + (anchor - start > 1 ? $" and an unreadable line {Quote(lines[start].Text)} above its title" : ""),
        };
        return new RecordError(lines[start].Number, message, anchor);
    }

    private static string Quote(string text) => DiagnosticBag.Quote(text);
}
