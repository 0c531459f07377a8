namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads RIS files (<c>.ris</c>) as exported by Zotero, EndNote, Mendeley, Scopus, Web of Science or PubMed: tagged
/// lines such as <c>TI  - A title</c>, one record from <c>TY</c> to <c>ER</c>.
/// </summary>
/// <remarks>
/// <para>
/// Tags: <c>TI</c> (else <c>T1</c>) title; <c>AB</c> (else <c>N2</c>) abstract, several lines as paragraphs;
/// venue from the first of <c>JF</c>, <c>T2</c>, <c>JO</c>, <c>BT</c>, <c>JA</c>, <c>J2</c> (full names before
/// abbreviations); year from the first of <c>PY</c>, <c>Y1</c>, <c>DA</c>; <see cref="Paper.Published"/> from the
/// first of <c>DA</c>, <c>PY</c>, <c>Y1</c> that is a full date (<c>2023/05/17</c>, <c>2023/05/17/</c> or
/// <c>2023-05-17</c>); <c>VL</c>, <c>IS</c>, <c>SP</c>/<c>EP</c> (a range in <c>SP</c> is split); <c>DO</c> (else a
/// doi.org link in <c>UR</c>); <c>AU</c> (else <c>A1</c>) authors, <c>Last, First</c> as <c>First Last</c>;
/// <c>KW</c> → <see cref="Paper.Categories"/>; <c>ID</c> the key; <c>TY</c> → <see cref="Paper.ArticleType"/>
/// (<c>research</c> for <c>JOUR</c>, <c>CONF</c>, <c>CPAPER</c>, <c>CHAP</c>, <c>GEN</c> and the like; <c>book</c>,
/// <c>thesis</c>, <c>report</c>; other codes lower-cased). A line without a tag continues the value before it.
/// </para>
/// <para>
/// The id is <c>doi:</c> plus the DOI in lower case (resolver prefix removed), else <c>ID</c>, else
/// <see cref="PaperId.FromCitation"/> from venue, year, volume, issue and first page.
/// </para>
/// <para>
/// Nothing here throws for bad input. Every diagnostic about a record names the line of its <c>TY</c>. A record
/// without a title or anything to make an id from is skipped with one error; one without an abstract is read with
/// an empty <see cref="Paper.Abstract"/> and a warning; one without an <c>ER</c> is read with a warning. A file that
/// cannot be read at all comes back <see cref="PaperReadResult.Unreadable"/>.
/// </para>
/// </remarks>
public static class RisReader
{
    private const string Expected = "RIS records from a \"TY  - JOUR\" line to an \"ER  - \" line";

    /// <summary>Reads and parses one RIS file.</summary>
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
        return BibliographicFile.Read(path, "an RIS file", text => ParseText(text, path));
    }

    /// <summary>Parses RIS text from a reader (read to the end, not disposed).</summary>
    /// <param name="text">The records; CRLF or LF line endings and a leading byte-order mark are accepted.</param>
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
        var papers = new BibliographicPapers(fileName, "record");
        RisParser.Parse(text, papers, record => papers.Add(RisMapper.ToDraft(record, papers.Diagnostics)));
        return papers.Result(Expected);
    }
}
