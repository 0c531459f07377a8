namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads BibTeX databases (<c>.bib</c>) as exported by Zotero, Mendeley, JabRef, Google Scholar or a publisher.
/// </summary>
/// <remarks>
/// <para>
/// Entries are <c>@kind{key, field = value, …}</c> (or with parentheses); values are <c>{…}</c> with nested braces,
/// <c>"…"</c>, numbers, or <c>@string</c> macros (<c>jan</c> … <c>dec</c> predefined), joined with <c>#</c>. Field
/// names are case-insensitive; <c>@comment</c>, <c>@preamble</c> and text between entries are ignored. LaTeX in
/// values is turned into plain Unicode (<c>{\"o}</c> → ö, <c>--</c> → en dash, <c>\textit{…}</c> → its text,
/// protective braces dropped); math such as <c>$O(n^2)$</c> is kept as written.
/// </para>
/// <para>
/// Fields: <c>title</c>; <c>abstract</c> (blank lines kept as paragraph breaks); <c>journal</c>, else
/// <c>journaltitle</c>, <c>booktitle</c>, <c>school</c>, <c>institution</c>, else <c>arXiv</c> for an entry with
/// <c>archiveprefix = {arXiv}</c> → <see cref="Paper.Venue"/>; <c>year</c> (else the year of <c>date</c>);
/// <c>date</c> when a full <c>YYYY-MM-DD</c> date → <see cref="Paper.Published"/> (a month and year name no day, so
/// they leave it null); <c>volume</c>; <c>number</c> (or <c>issue</c>) → <see cref="Paper.Issue"/>; <c>pages</c>
/// (<c>12--34</c> → first page 12, last page 34); <c>doi</c> (else a <c>url</c> that is a doi.org link);
/// <c>author</c> split on <c>and</c>, each <c>Last, First</c> as <c>First Last</c>; <c>keywords</c> split on
/// <c>;</c> or <c>,</c> → <see cref="Paper.Categories"/>. The entry kind gives <see cref="Paper.ArticleType"/>:
/// <c>research</c> for articles, conference papers, chapters, preprints and <c>@misc</c> (the venue already says
/// where it appeared), <c>book</c>, <c>thesis</c> and <c>report</c> for those, any other kind as written.
/// </para>
/// <para>
/// The id is <c>doi:</c> plus the DOI in lower case (resolver prefix removed), else the citation key, else
/// <see cref="PaperId.FromCitation"/> from venue, year, volume, number and first page.
/// </para>
/// <para>
/// Nothing here throws for bad input. Every diagnostic names the line of the entry's <c>@</c>. An entry with a
/// syntax error, without a title, or without anything to make an id from is skipped with one error, and reading
/// goes on at the next entry. An entry without an abstract (common in Zotero exports) is still read, with an empty
/// <see cref="Paper.Abstract"/> and a warning. A file that cannot be read at all comes back
/// <see cref="PaperReadResult.Unreadable"/>.
/// </para>
/// </remarks>
public static class BibtexReader
{
    private const string Expected = "BibTeX entries such as @article{key, title = {...}, abstract = {...}}";

    /// <summary>Reads and parses one BibTeX file.</summary>
    /// <param name="path">
    /// The file, as the user named it: it is used unchanged in diagnostics and in <see cref="Paper.Source"/>.
    /// </param>
    /// <returns>
    /// The papers and diagnostics. A missing or unreadable file, or one that is not UTF-8 text, gives no papers,
    /// one error diagnostic at line 0 and <see cref="PaperReadResult.Unreadable"/> set.
    /// </returns>
    public static PaperReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return BibliographicFile.Read(path, "a BibTeX file", text => ParseText(text, path));
    }

    /// <summary>Parses BibTeX text from a reader (read to the end, not disposed).</summary>
    /// <param name="text">The database; CRLF or LF line endings and a leading byte-order mark are accepted.</param>
    /// <param name="fileName">The name used in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <returns>The papers read and the diagnostics, in file order.</returns>
    /// <exception cref="IOException">Reading <paramref name="text"/> failed.</exception>
    public static PaperReadResult Parse(TextReader text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        return BibliographicFile.ReadAll(text, fileName, out var unreadable) is { } all ? ParseText(all, fileName) : unreadable;
    }

    private static PaperReadResult ParseText(string text, string fileName)
    {
        var papers = new BibliographicPapers(fileName, "entry");
        BibtexParser.Parse(text, papers, entry => papers.Add(BibtexMapper.ToDraft(entry, papers.Diagnostics)));
        return papers.Result(Expected);
    }
}
