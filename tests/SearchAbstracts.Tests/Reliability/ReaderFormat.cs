using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// One input format under test: how to hand it text or bytes through the reader's public <c>Parse</c>, how to write
/// a valid record, and which fixtures are real files of it.
/// </summary>
internal sealed class ReaderFormat
{
    public const string FileName = "hostile-input";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private ReaderFormat(string name, Func<string, PaperReadResult> parseText, string header, string footer, Func<RecordContent, string> write,
        char forbiddenInGarbage, params string[] fixtures)
    {
        Name = name;
        ParseText = parseText;
        Header = header;
        Footer = footer;
        Write = write;
        ForbiddenInGarbage = forbiddenInGarbage;
        Fixtures = fixtures.Select(f => Path.Combine(TestPaths.Fixtures, f)).ToArray();
    }

    public string Name { get; }

    /// <summary>Parses text through the reader's public entry point (JSON Lines: as UTF-8 bytes).</summary>
    public Func<string, PaperReadResult> ParseText { get; }

    /// <summary>Text before the first record (a header row, a <c>Sort:</c> line).</summary>
    public string Header { get; }

    /// <summary>Text after the last record (a <c>Total</c> line).</summary>
    public string Footer { get; }

    /// <summary>One valid record, ending with the line break(s) that separate it from the next.</summary>
    public Func<RecordContent, string> Write { get; }

    /// <summary>
    /// The one character that may legitimately make text between two records part of a record: an <c>@</c> starts a
    /// BibTeX entry, a quote opens a CSV field, a line break ends a JSON line. <c>\0</c> when there is none.
    /// </summary>
    public char ForbiddenInGarbage { get; }

    /// <summary>Listing abstracts run to the next record, so text after a record is read as more of its abstract.</summary>
    public bool AbstractAbsorbsFollowingText => Name == "listing";

    /// <summary>Real files of this format (checked in), for truncation and byte mutations.</summary>
    public IReadOnlyList<string> Fixtures { get; }

    public static IReadOnlyList<ReaderFormat> All { get; } =
    [
        new("listing", text => ListingReader.Parse(text, FileName), "Sort:\n", "", WriteListing, '\0',
            "multi-line-abstract.txt", "stray-text.txt", "crlf.txt", "field-variants.txt", "truncated.txt"),
        new("jsonl", text => JsonLinesReader.Parse(new MemoryStream(Encoding.UTF8.GetBytes(text)), FileName), "", "", WriteJsonLine, '\n',
            Path.Combine("jsonl", "beir.jsonl"), Path.Combine("jsonl", "arxiv.jsonl"), Path.Combine("jsonl", "metadata-variants.jsonl")),
        new("bibtex", text => BibtexReader.Parse(new StringReader(text), FileName), "% generated\n\n", "", WriteBibtex, '@',
            Path.Combine("bibtex", "zotero.bib")),
        new("ris", text => RisReader.Parse(new StringReader(text), FileName), "", "", WriteRis, '\0',
            Path.Combine("ris", "scopus.ris"), Path.Combine("ris", "pubmed.ris"), Path.Combine("ris", "broken.ris")),
        new("csv", text => CsvReader.Parse(new StringReader(text), FileName, ',', null), "id,title,abstract,journal,year,volume,issue,pages,authors\n", "",
            WriteCsv, '"', Path.Combine("csv", "scopus.csv"), Path.Combine("csv", "no-title.csv")),
    ];

    public static ReaderFormat Named(string name) => All.Single(f => f.Name == name);

    /// <summary>
    /// Parses bytes the way a caller of the public API would get them to the reader: JSON Lines as the raw stream;
    /// the text formats decoded leniently (invalid UTF-8 becomes U+FFFD), after the strict decoder of
    /// <c>ReadFile</c> has also had its look at them.
    /// </summary>
    public PaperReadResult ParseBytes(byte[] bytes)
    {
        if (Name == "jsonl")
        {
            return JsonLinesReader.Parse(new MemoryStream(bytes), FileName);
        }
        _ = ListingDecoder.Decode(bytes, out _);
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true);
        var text = reader.ReadToEnd();
        return ParseText(text);
    }

    /// <summary>A whole file of <paramref name="records"/>, with the offset where each record's text ends.</summary>
    public (string Text, int[] RecordEnds) File(IReadOnlyList<RecordContent> records)
    {
        var text = new StringBuilder(Header);
        var ends = new int[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            text.Append(Write(records[i]));
            ends[i] = text.Length;
        }
        text.Append(Footer);
        return (text.ToString(), ends);
    }

    public override string ToString() => Name;

    private static string WriteListing(RecordContent r) => string.Create(CultureInfo.InvariantCulture, $"""
        {(r.OpenAccess ? "Open Access " : "")}Issue
        {r.Title}
        {r.Venue} {r.Year}, {r.Volume}({r.Issue}): {r.FirstPage}-{r.LastPage}
        Published: 1 June {r.Year}
        Abstract PDF (1.2 MB) Collect
        Downloads:{r.FirstPage}

        {r.Abstract}


        """);

    private static string WriteJsonLine(RecordContent r) => JsonSerializer.Serialize(new
    {
        _id = r.Key,
        title = r.Title,
        text = r.Abstract,
        metadata = new
        {
            venue = r.Venue,
            year = r.Year,
            volume = r.Volume.ToString(CultureInfo.InvariantCulture),
            issue = r.Issue.ToString(CultureInfo.InvariantCulture),
            pages = $"{r.FirstPage}-{r.LastPage}",
            authors = r.Authors.Select(a => $"{a.First} {a.Last}").ToArray(),
        },
    }, Json) + "\n";

    private static string WriteBibtex(RecordContent r) => string.Create(CultureInfo.InvariantCulture, $$"""
        @article{{{r.Key}},
          title = {{{r.Title}}},
          author = {{{string.Join(" and ", r.Authors.Select(a => $"{a.Last}, {a.First}"))}}},
          journal = {{{r.Venue}}},
          year = {{{r.Year}}},
          volume = {{{r.Volume}}},
          number = {{{r.Issue}}},
          pages = {{{r.FirstPage}}--{{r.LastPage}}},
          abstract = {{{r.Abstract}}}
        }


        """);

    private static string WriteRis(RecordContent r) => string.Create(CultureInfo.InvariantCulture, $"""
        TY  - JOUR
        ID  - {r.Key}
        TI  - {r.Title}
        {string.Concat(r.Authors.Select(a => $"AU  - {a.Last}, {a.First}\n"))}JF  - {r.Venue}
        PY  - {r.Year}
        VL  - {r.Volume}
        IS  - {r.Issue}
        SP  - {r.FirstPage}
        EP  - {r.LastPage}
        AB  - {r.Abstract}
        {"ER  - "}


        """);

    private static string WriteCsv(RecordContent r)
    {
        string[] fields =
        [
            r.Key, r.Title, r.Abstract, r.Venue, r.Year.ToString(CultureInfo.InvariantCulture), r.Volume.ToString(CultureInfo.InvariantCulture),
            r.Issue.ToString(CultureInfo.InvariantCulture), $"{r.FirstPage}-{r.LastPage}", string.Join("; ", r.Authors.Select(a => $"{a.Last}, {a.First}")),
        ];
        return string.Join(',', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\n";
    }
}
