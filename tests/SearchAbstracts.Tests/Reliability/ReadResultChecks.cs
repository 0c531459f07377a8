using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>What every reader result must satisfy, whatever the input; and paper-by-paper comparison.</summary>
internal static class ReadResultChecks
{
    /// <summary>
    /// Diagnostics name the file and a line, and are one line each (the CLI prints one per line); papers come from
    /// the file and have an id.
    /// </summary>
    public static void AssertWellFormed(PaperReadResult result, string input)
    {
        foreach (var d in result.Diagnostics)
        {
            Check(d.File == ReaderFormat.FileName && d.Line >= 0 && d.Message.Length > 0, $"malformed diagnostic '{d}'", input);
            Check(!d.Message.Any(c => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029'),
                $"diagnostic holds a line break or control character: '{ReadResultChecks.Preview(d.ToString())}'", input);
        }
        foreach (var p in result.Papers)
        {
            Check(!string.IsNullOrWhiteSpace(p.Id), $"paper without an id (title '{p.Title}')", input);
            Check(p.Source == ReaderFormat.FileName, $"paper {p.Id} has source '{p.Source}'", input);
        }
        Check(result.Skipped >= 0, $"Skipped is {result.Skipped}", input);
    }

    /// <summary>
    /// Each paper of <paramref name="expected"/> whose index is in <paramref name="indexes"/> is in
    /// <paramref name="actual"/> under its id with every field equal; <paramref name="abstractMayGrow"/> says whose
    /// abstract may have gained text at its end (listing abstracts run on to the next record).
    /// </summary>
    public static void AssertPresent(IReadOnlyList<Paper> expected, IEnumerable<int> indexes, PaperReadResult actual, Func<int, bool> abstractMayGrow,
        string input)
    {
        var byId = actual.Papers.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        foreach (var i in indexes)
        {
            var want = expected[i];
            Check(byId.TryGetValue(want.Id, out var got), $"record {i} ({want.Id}) is lost; read {Ids(actual)}", input);
            var difference = Difference(want, got!, abstractMayGrow(i));
            Check(difference is null, $"record {i} ({want.Id}) changed: {difference}", input);
        }
    }

    /// <summary>The first field that differs, or null.</summary>
    public static string? Difference(Paper want, Paper got, bool abstractMayGrow = false)
    {
        if (!(want.Abstract == got.Abstract || (abstractMayGrow && got.Abstract.StartsWith(want.Abstract, StringComparison.Ordinal))))
        {
            return $"Abstract '{Preview(want.Abstract)}' became '{Preview(got.Abstract)}'";
        }
        if (!want.Authors.SequenceEqual(got.Authors, StringComparer.Ordinal))
        {
            return $"Authors [{string.Join(" | ", want.Authors)}] became [{string.Join(" | ", got.Authors)}]";
        }
        if (!want.Categories.SequenceEqual(got.Categories, StringComparer.Ordinal))
        {
            return $"Categories [{string.Join(" | ", want.Categories)}] became [{string.Join(" | ", got.Categories)}]";
        }
        // The lists compare by reference in the record's Equals; the rest compares by value.
        var rest = got with { Abstract = want.Abstract, Authors = want.Authors, Categories = want.Categories };
        return rest == want ? null : $"{want} became {got}";
    }

    public static string Ids(PaperReadResult result) => "[" + string.Join(", ", result.Papers.Select(p => p.Id)) + "]";

    /// <summary>Input shown in a failure: escaped, and only its start when long.</summary>
    public static string Preview(string text)
    {
        var escaped = string.Concat(text.Take(300).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length <= 300 ? escaped : $"{escaped}… ({text.Length} characters)";
    }

    private static void Check(bool condition, string message, string input)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException($"{message}\ninput: {Preview(input)}");
        }
    }
}
