namespace SearchAbstracts.Search;

/// <summary>A highlighted span of text: <see cref="Start"/> inclusive, <see cref="End"/> exclusive, in UTF-16 characters.</summary>
/// <param name="Start">Index of the first highlighted character.</param>
/// <param name="End">Index just past the last highlighted character.</param>
public readonly record struct HighlightRange(int Start, int End)
{
    /// <summary>Number of characters highlighted.</summary>
    public int Length => End - Start;
}
