namespace SearchAbstracts.Ingest;

/// <summary>One line of a listing: its 1-based number and its text with surrounding white space removed.</summary>
/// <remarks>
/// Text copied from a web page carries stray indentation and trailing blanks; none of it is content,
/// so lines are trimmed once here and every parser downstream can anchor its patterns at both ends.
/// </remarks>
internal readonly record struct ListingLine(int Number, string Text)
{
    public bool IsBlank => Text.Length == 0;
}
