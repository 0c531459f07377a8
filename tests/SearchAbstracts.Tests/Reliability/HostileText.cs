using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Generators of text that is almost, but not quite, one of the input formats: fragments of every format's syntax,
/// numbers too large for an int, impossible dates, self-referencing BibTeX macros, deep JSON nesting, control
/// characters, lone surrogates and byte-order marks, glued together at random.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Common =
    [
        "\n", "\r\n", "\r", "\n\n", "\t", " ", "\0", "\uFEFF", "\uFFFD", "\u001b[31m", "\u202E", "\u00A0", "\u2028", "😀", "\ud800", "\udc00",
        "é", "量子", "Ω", "{", "}", "(", ")", "[", "]", "\"", "'", "\\", "@", "%", "#", "$", "&", "~", "^", ",", ";", ":", "=", "-", "--",
        "quantization", "Attention Is All You Need", "2024", "99999999999999999999", "-1", "0", "1e400", "NaN",
    ];

    private static readonly string[] Listing =
    [
        "Sort:", "Open Access Issue", "Open Access Review Issue", "Issue", "Survey Issue", "Published: 1 June 2024", "Published: 31 February 2024",
        "Published: 99 Foo 99999", "Published: 2024-13-45", "Abstract PDF (1.2 MB) Collect", "Abstract PDF (99999999999999999999 GB) Collect",
        "Abstract Collect", "Downloads:12", "Downloads: 99999999999999999999", "Downloads:1,2,3", "Total 3", "Total 99999999999999999999",
        "Big Data Mining and Analytics 2024, 7(1): 1-25", "Journal 99999, 1(1): 1-2", "Venue 2024, 99999999999999999999(1): 5",
        "Venue 2024, (): -", "A Title Of A Paper",
    ];

    private static readonly string[] JsonLines =
    [
        "{\"_id\": \"1\", \"title\": \"t\", \"text\": \"a\"}", "{\"_id\": 1e400, \"title\": \"t\"}", "{\"_id\": 123456789012345678901234567890, \"title\": \"t\"}",
        "{\"_id\": -0.0, \"title\": \"t\"}", "{\"_id\": \"\\ud800\", \"title\": \"\\udc00\"}", "{\"_id\": \"\\u0000\", \"title\": \"t\"}",
        "{\"_id\": \"2\", \"title\": \"t\", \"metadata\": {\"year\": 99999999999, \"published\": \"2024-02-30\", \"authors\": [1, null, {}], \"categories\": 5, \"pages\": \"5-\"}}",
        "{\"_id\": \"3\", \"title\": \"t\", \"metadata\": {\"date\": \"0000-00-00\", \"volume\": [], \"issue\": {}, \"venue\": null}}",
        "{\"_id\": \"4\", \"title\": \"t\", \"metadata\": " + new string('[', 2000) + "}", new string('{', 3000), "{\"_id\":", "\"title\":", "\"text\":",
        "\"metadata\":", "null", "true", "[]", "{}", "\"\\", "\\u00", "{\"_id\": \"5\", \"_id\": \"6\", \"title\": \"t\"}",
    ];

    private static readonly string[] Bibtex =
    [
        "@article{", "@article{key,", "@book(key,", "@string{a = a}", "@string{x = y}", "@string{y = x}", "@string{", "@comment{", "@preamble{",
        "title = {", "title = a # a # a # a", "abstract = \"", "author = { and and , , }", "year = {99999999999999999999}", "date = {2024-13-45}",
        "month = foo", "pages = {--}", "doi = {https://doi.org/}", "keywords = {;;,,}", "\\\"{o}", "{\\textit{", "\\", "$", "$$", "}", "}}}",
        "@article{k, title = a # b # c # x # y}", "@article{k, title = {" + new string('{', 2000) + "}",
    ];

    private static readonly string[] Ris =
    [
        "TY  - JOUR", "TY  - ", "ER  - ", "TI  - ", "T1  - A title", "AB  - ", "N2  - text", "ID  - ", "AU  - , ", "PY  - 99999999999999999999",
        "DA  - 2023/02/30", "DA  - 2023/13/", "Y1  - ////", "SP  - 5-", "SP  - -", "EP  - ", "DO  - ", "UR  - https://doi.org/", "KW  - ;;",
        "  - ", "XX  - ", "TY  -", "ER  -",
    ];

    private static readonly string[] Csv =
    [
        "id,title,abstract", "title", "Title,Title,TITLE", "title,abstract,year,doi,authors,pages,date,type,keywords", ",,,,", "\"\"", "\",\"", "\"\"\"",
        "\",", ",\"", "2024-02-30", "99999999999999999999", "1-", "-", "doi:", "https://doi.org/", string.Join(',', Enumerable.Repeat("title", 3000)),
        new string(',', 5000),
    ];

    /// <summary>Up to <paramref name="maxPieces"/> fragments: mostly those of <paramref name="format"/>, some of every other format.</summary>
    public static Gen<string> For(ReaderFormat format, int maxPieces)
    {
        var own = format.Name switch
        {
            "listing" => Listing,
            "jsonl" => JsonLines,
            "bibtex" => Bibtex,
            "ris" => Ris,
            _ => Csv,
        };
        var piece = Gen.Frequency(
            (6, Gen.Elements(own)),
            (3, Gen.Elements(Common)),
            (1, Gen.Elements(Listing.Concat(JsonLines).Concat(Bibtex).Concat(Ris).Concat(Csv))),
            (2, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
            (1, Gen.Elements(RecordContent.Words)));
        return from count in Gen.Choose(0, maxPieces)
               from pieces in Gen.ArrayOf(piece, count)
               select string.Concat(pieces);
    }

    /// <summary>
    /// Short text to put between records: never holds the format's <see cref="ReaderFormat.ForbiddenInGarbage"/> (nor
    /// NUL, which marks a binary file).
    /// </summary>
    public static Gen<string> Garbage(ReaderFormat format) =>
        For(format, 8).Select(s => s.Replace(format.ForbiddenInGarbage.ToString(), "", StringComparison.Ordinal).Replace("\0", "", StringComparison.Ordinal));
}
