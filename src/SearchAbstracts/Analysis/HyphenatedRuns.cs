namespace SearchAbstracts.Analysis;

/// <summary>
/// The whitespace-separated runs of a text that contain a hyphen, joined by spaces: all that the compound field's
/// analyzer (<see cref="CompoundAnalyzer"/>) keeps of a text, so indexing can give it only these. The analyzer then
/// yields the same terms, in the same order, as from the whole text (tested); without this it split every word of
/// every abstract to keep the few hyphenated ones, 7% of indexing time on arXiv 115k.
/// </summary>
/// <remarks>
/// Whitespace is what Lucene's <c>WhitespaceTokenizer</c> splits on (Java's definition, via J2N), and each run is
/// copied whole, so the tokenizer cuts an over-long run into the same pieces as before.
/// </remarks>
internal static class HyphenatedRuns
{
    private static readonly System.Buffers.SearchValues<char> Hyphens = System.Buffers.SearchValues.Create("-\u2010\u2011");

    /// <summary>The runs joined by single spaces (what the compound field is indexed from).</summary>
    public static string Of(string text) => Of(text, "");

    /// <summary>
    /// The runs of <paramref name="first"/> and then of <paramref name="second"/>, joined by single spaces: the same as
    /// <see cref="Of(string)"/> of the two joined by a line break (no run spans whitespace), without copying them into one.
    /// </summary>
    public static string Of(string first, string second)
    {
        var runs = _runs ??= new System.Text.StringBuilder();
        runs.Clear();
        AppendRuns(runs, first);
        AppendRuns(runs, second);
        return runs.Length == 0 ? "" : runs.ToString();
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? _runs;

    private static void AppendRuns(System.Text.StringBuilder runs, string text)
    {
        var span = text.AsSpan();
        var searched = 0;
        var next = span.IndexOfAny(Hyphens);
        while (next >= 0)
        {
            var (start, end) = RunAround(span, searched + next);
            if (runs.Length > 0)
            {
                runs.Append(' ');
            }
            runs.Append(span[start..end]);
            searched = end;
            next = searched < span.Length ? span[searched..].IndexOfAny(Hyphens) : -1;
        }
    }

    /// <summary>The whitespace-delimited run holding the hyphen at <paramref name="hyphen"/>: its start and end.</summary>
    private static (int Start, int End) RunAround(ReadOnlySpan<char> span, int hyphen)
    {
        var start = hyphen;
        while (start > 0 && !J2N.Character.IsWhiteSpace(span[start - 1]))
        {
            start--;
        }
        var end = hyphen + 1;
        while (end < span.Length && !J2N.Character.IsWhiteSpace(span[end]))
        {
            end++;
        }
        return (start, end);
    }

    /// <summary>Where each run is in <paramref name="text"/>, in order (for highlighting, which needs the offsets).</summary>
    public static List<(int Start, int Length)> Spans(string text)
    {
        var spans = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        var searched = 0;
        var next = span.IndexOfAny(Hyphens);
        while (next >= 0)
        {
            var (start, end) = RunAround(span, searched + next);
            spans.Add((start, end - start));
            searched = end;
            next = searched < span.Length ? span[searched..].IndexOfAny(Hyphens) : -1;
        }
        return spans;
    }
}
