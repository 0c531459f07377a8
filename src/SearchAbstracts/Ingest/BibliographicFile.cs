namespace SearchAbstracts.Ingest;

/// <summary>Reading a whole BibTeX, RIS or CSV file into text, with the same checks as the listing reader.</summary>
internal static class BibliographicFile
{
    /// <summary>
    /// Reads the file as strict UTF-8 (a byte-order mark is dropped) and hands the text to <paramref name="parse"/>;
    /// a file that cannot be opened, is not UTF-8 or is binary comes back unreadable with one line-0 error.
    /// </summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="kind">What the file should be, for messages, e.g. <c>a BibTeX file</c>.</param>
    /// <param name="parse">The format's parser, given the text.</param>
    public static PaperReadResult Read(string path, string kind, Func<string, PaperReadResult> parse)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (FileReadProblem.IsReadFailure(e))
        {
            return ListingParser.Unreadable(path, $"cannot read the file: {FileReadProblem.Describe(path, e, kind)}");
        }

        var text = ListingDecoder.Decode(bytes, out var problem);
        return text is null ? ListingParser.Unreadable(path, problem) : parse(text);
    }

    /// <summary>
    /// Reads a caller's <see cref="TextReader"/> to the end. Returns null with <paramref name="unreadable"/> set when
    /// the text holds a NUL character (a binary file read as text); drops a leading byte-order mark.
    /// </summary>
    public static string? ReadAll(TextReader reader, string fileName, out PaperReadResult unreadable)
    {
        var text = reader.ReadToEnd();
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        unreadable = nul < 0
            ? new PaperReadResult([], [])
            : ListingParser.Unreadable(fileName, ListingDecoder.NulProblem(1 + text.AsSpan(0, nul).Count('\n')));
        return nul < 0 ? text : null;
    }
}
