namespace SearchAbstracts.Search;

/// <summary>
/// A fragment of text with the matched words marked as ranges, not markup: the caller decides how to show
/// them (ANSI colour, plain markers, HTML after escaping). <c>…</c> marks text that was cut.
/// </summary>
/// <param name="Text">The fragment, with a leading or trailing <c>…</c> where the original text goes on.</param>
/// <param name="Highlights">Sorted, non-overlapping ranges into <paramref name="Text"/>.</param>
public sealed record Snippet(string Text, IReadOnlyList<HighlightRange> Highlights);
