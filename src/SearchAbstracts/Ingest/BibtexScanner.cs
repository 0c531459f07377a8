namespace SearchAbstracts.Ingest;

/// <summary>A cursor over BibTeX text that counts lines, with the few token readers the grammar needs.</summary>
internal sealed class BibtexScanner(string text)
{
    private int _pos;

    /// <summary>The 1-based line of the next character.</summary>
    public int Line { get; private set; } = 1;

    public bool AtEnd => _pos >= text.Length;

    /// <summary>The next character, or <c>\0</c> at the end.</summary>
    public char Peek => _pos < text.Length ? text[_pos] : '\0';

    public char Next()
    {
        var c = text[_pos++];
        if (c == '\n')
            Line++;
        return c;
    }

    public void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Peek))
            Next();
    }

    /// <summary>
    /// Reads a name: an entry type, field name, macro name or citation key. BibTeX allows almost any printable
    /// character in these, so only whitespace and the characters with a meaning in the grammar end one.
    /// </summary>
    public string ReadName()
    {
        var start = _pos;
        while (!AtEnd && !char.IsWhiteSpace(Peek) && Peek is not ('{' or '}' or '(' or ')' or ',' or '=' or '"' or '#' or '%'))
            Next();
        return text[start.._pos];
    }

    /// <summary>Moves to the next <c>@</c>; false at the end of the text. Text between entries is a comment in BibTeX.</summary>
    public bool SkipToAt()
    {
        while (!AtEnd && Peek != '@')
            Next();
        return !AtEnd;
    }

    /// <summary>Where the cursor is, to come back to with <see cref="SkipToEntryStart"/>.</summary>
    public (int Position, int Line) Mark => (_pos, Line);

    /// <summary>
    /// After a syntax error: goes back to <paramref name="from"/> (just after the broken entry's <c>@</c>), then on to
    /// the next line that opens an entry, so the rest of the broken entry (which may well contain an <c>@</c> in an
    /// e-mail address) is not read as entries. Going back matters when the error was only seen inside the next entry:
    /// a field left without a value or a trailing comma reads that entry's <c>@article</c> as a name.
    /// </summary>
    public void SkipToEntryStart((int Position, int Line) from)
    {
        (_pos, Line) = from;
        while (!AtEnd && !(Peek == '@' && AtLineStart() && EntryStartsAfterNewline()))
            Next();
    }

    /// <summary>
    /// True when the text after a line break looks like a new entry (<c>@article{</c> opening a line). Read inside a
    /// value, it means an unclosed brace or quote has run into the next entry.
    /// </summary>
    public bool EntryStartsAfterNewline()
    {
        var i = _pos;
        while (i < text.Length && text[i] is ' ' or '\t')
            i++;
        if (i >= text.Length || text[i] != '@')
            return false;
        i++;
        var nameStart = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
            i++;
        if (i == nameStart)
            return false;
        while (i < text.Length && text[i] is ' ' or '\t')
            i++;
        return i < text.Length && text[i] is '{' or '(';
    }

    /// <summary>True when only spaces or tabs stand between the last line break and the next character.</summary>
    public bool AtLineStart()
    {
        for (var i = _pos - 1; i >= 0; i--)
        {
            if (text[i] == '\n')
                return true;
            if (text[i] is not (' ' or '\t' or '\r'))
                return false;
        }
        return true;
    }
}
