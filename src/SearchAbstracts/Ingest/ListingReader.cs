namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads listing files: the text of a journal platform's search results page, copied and saved as UTF-8.
/// The format and every tolerated variation are described in <c>seeds/README.md</c>.
/// </summary>
/// <remarks>
/// Nothing here throws for bad input. A record that cannot be read is skipped with an error diagnostic and
/// reading goes on with the next one; a file that cannot be read at all comes back <see cref="PaperReadResult.Unreadable"/>.
/// </remarks>
public static class ListingReader
{
    /// <summary>Reads and parses one listing file.</summary>
    /// <param name="path">
    /// The file, as the user named it: it is used unchanged in diagnostics and in <see cref="Paper.Source"/>.
    /// </param>
    /// <returns>
    /// The papers and diagnostics. A missing or unreadable file, invalid UTF-8 or a binary file gives no papers,
    /// one error diagnostic at line 0 and <see cref="PaperReadResult.Unreadable"/> set.
    /// </returns>
    public static PaperReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (FileReadProblem.IsReadFailure(e))
        {
            return ListingParser.Unreadable(path, $"cannot read the file: {FileReadProblem.Describe(path, e, "a listing file")}");
        }

        var text = ListingDecoder.Decode(bytes, out var problem);
        return text is null ? ListingParser.Unreadable(path, problem) : ListingParser.Parse(text, path);
    }

    /// <summary>Parses listing text that is already in memory.</summary>
    /// <param name="text">The listing; CRLF or LF line endings and a leading byte-order mark are all accepted.</param>
    /// <param name="fileName">The name used in diagnostics and in <see cref="Paper.Source"/>.</param>
    /// <returns>The papers read and the diagnostics, in file order.</returns>
    public static PaperReadResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        return ListingParser.Parse(text, fileName);
    }
}
