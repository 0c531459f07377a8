namespace SearchAbstracts.Ingest;

/// <summary>
/// Splits a BibTeX <c>author</c> field into names: on the word <c>and</c> outside braces (so
/// <c>{Barnes and Noble}</c> stays one name), each <c>Last, First</c> turned into <c>First Last</c>.
/// </summary>
internal static class BibtexNames
{
    /// <summary>The names in order, as plain text; BibTeX's <c>and others</c> (et al.) is dropped.</summary>
    public static List<string> Split(string field)
    {
        var names = new List<string>();
        foreach (var raw in SplitOutsideBraces(field, IsAnd))
        {
            var parts = SplitOutsideBraces(raw, (_, i) => raw[i] == ',' ? 1 : 0)
                .Select(part => LatexText.ToPlain(part))
                .ToList();
            if (parts is ["others"] || parts.All(p => p.Length == 0))
                continue;
            names.Add(parts switch
            {
                [var last, var first] when first.Length > 0 => $"{first} {last}",
                [var last, var suffix, var first] when first.Length > 0 => $"{first} {last} {suffix}".TrimEnd(),
                _ => string.Join(", ", parts),
            });
        }
        return names;
    }

    /// <summary>The length of the separator <c> and </c> at <paramref name="i"/> (any case, any whitespace), or 0.</summary>
    private static int IsAnd(string text, int i)
    {
        if (!char.IsWhiteSpace(text[i]) || i + 4 >= text.Length)
            return 0;
        if (string.Compare(text, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) != 0 || !char.IsWhiteSpace(text[i + 4]))
            return 0;
        return 5;
    }

    /// <summary>Splits where <paramref name="separator"/> gives a length, at brace depth 0 only.</summary>
    private static List<string> SplitOutsideBraces(string text, Func<string, int, int> separator)
    {
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            var length = depth == 0 ? separator(text, i) : 0;
            if (length == 0)
                continue;
            parts.Add(text[start..i]);
            start = i + length;
            i = start - 1;
        }
        parts.Add(text[start..]);
        return parts;
    }
}
