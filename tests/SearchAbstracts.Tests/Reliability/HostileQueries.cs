using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>Query text built to break a parser: every operator of Lucene's syntax, glued at random, and huge or deep shapes.</summary>
internal static class HostileQueries
{
    private static readonly string[] Tokens =
    [
        "quantization", "attention", "kernels", "pipeline", "parallelism", "MoE", "C++", "C#", "8-bit", "A/B", "ResNet-50", "the", "of",
        "*", "?", "**", "q*", "qu?nt*", "*ion", "?uant", "(", ")", "((", "))", "\"", "\"\"", ":", "::", "title:", "abstract:", "venue:", "author:",
        "category:", "year:", "type:", "foo:", "*:", "_id:", "~", "~2", "~0.5", "~99999999999", "^", "^3", "^0", "^-1", "^99999999999999999999999",
        "[", "]", "{", "}", " TO ", "[* TO *]", "[2024 TO 2026]", "{a TO z}", "[0000 TO 99999]", "AND", "OR", "NOT", "&&", "||", "!", "+", "-",
        "\\", "\\\\", "/", "//", "/a.*b/", "'", "`", "\0", "\t", "\n", "\r", "\u001b[31m", "\u202E", "\uFEFF", "😀", "\ud800", "量子化", "naïve",
        "https://arxiv.org/abs/2401.00001", "jane.doe@example.org", "10.1145/3600006", "%", "&amp;", "<script>",
    ];

    /// <summary>Up to <paramref name="maxTokens"/> tokens, joined by nothing, a space or several.</summary>
    public static Gen<string> Random(int maxTokens) =>
        from count in Gen.Choose(1, maxTokens)
        from tokens in Gen.ArrayOf(Gen.Elements(Tokens), count)
        from glue in Gen.ArrayOf(Gen.Elements("", " ", " ", "  "), count)
        select string.Concat(tokens.Zip(glue, (t, g) => t + g));

    /// <summary>Huge and deep queries, each with a label and, when it must be read as words, part of the notice that says so.</summary>
    public static IReadOnlyList<(string Label, string Query, string? Notice)> Extreme { get; } = BuildExtreme();

    private static List<(string, string, string?)> BuildExtreme()
    {
        var random = new Random(7);
        var mixed = new System.Text.StringBuilder();
        while (mixed.Length < 100_000)
        {
            mixed.Append(Tokens[random.Next(Tokens.Length)]).Append(random.Next(3) == 0 ? "" : " ");
        }
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture)));
        return
        [
            ("100k characters of mixed syntax", mixed.ToString(0, 100_000), null),
            ("100k '(' (a stack overflow before the nesting limit)", new string('(', 100_000), "brackets nested more than 100 deep"),
            ("5,000 levels of brackets around a word", new string('(', 5000) + "quantization" + new string(')', 5000), "brackets nested more than 100 deep"),
            ("2,000 distinct terms", words, null),
            ("100k characters of 'a* '", Repeat("a* ", 100_000), null),
            ("100k unbalanced quotes", Repeat("\"a ", 100_000), null),
            ("100k characters of field prefixes", Repeat("title:", 100_000), null),
            ("100k characters of '?'", new string('?', 100_000), null),
            ("100k characters of '*'", new string('*', 100_000), null),
            ("one 100k-character word with a '?' (a stack overflow in Lucene's automaton check)", new string('q', 50_000) + "?" + new string('q', 50_000),
                "too long for a fuzzy or wildcard word"),
            ("a 20k-character fuzzy word (a minute in Lucene's automaton)", new string('q', 20_000) + "~2", "too long for a fuzzy or wildcard word"),
            ("200 fuzzy words (2 s of automata)", string.Join(' ', Enumerable.Range(0, 200).Select(i => $"quantizatio{i}~2")), "more than 16 fuzzy or wildcard words"),
            ("a wildcard with 16 '?' before a letter (exponential automaton)", "a????????????????b*", "more than 4 wildcards"),
            ("a regular expression that never determinizes", "title:/(a|b)*a(a|b){30}/", "regular expressions such as"),
            ("'TCP/IP and UDP/IP' (a regular expression by accident)", "TCP/IP and UDP/IP", "regular expressions such as"),
            ("extreme boosts, slops and fuzziness", "quantization^99999999999999999999999 attention^0 \"pipeline parallelism\"~2147483648 kernels~99999", null),
            ("every kind of range", "year:[* TO *] year:{2024 TO 2023} year:[0000 TO 99999] title:[a TO z] abstract:{* TO *} venue:[\uffff TO \u0000]", null),
        ];
    }

    private static string Repeat(string unit, int length) => string.Concat(Enumerable.Repeat(unit, (length / unit.Length) + 1))[..length];
}
