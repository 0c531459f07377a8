namespace SearchAbstracts.Ingest;

/// <summary>One LaTeX accent: its combining mark and the letters that have a precomposed form with it.</summary>
/// <param name="Mark">The combining character, e.g. U+0308 for <c>\"</c>.</param>
/// <param name="Pairs">Base letter then precomposed letter, repeated: <c>aäeë…</c>.</param>
internal sealed record LatexAccent(char Mark, string Pairs)
{
    /// <summary>The precomposed letter (ö for o), or the letter followed by the combining mark when there is none.</summary>
    public string On(char letter)
    {
        for (var i = 0; i < Pairs.Length; i += 2)
        {
            if (Pairs[i] == letter)
                return Pairs[i + 1].ToString();
        }
        return $"{letter}{Mark}";
    }
}
