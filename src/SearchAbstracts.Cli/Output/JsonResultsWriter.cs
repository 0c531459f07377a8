using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchAbstracts.Facets;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Output;

/// <summary>
/// The documented JSON schema (README, "JSON output"). Written field by field so the order and names are
/// the contract, not an accident of a type's shape. Highlight ranges are <c>[start, end)</c> in UTF-16 code units.
/// </summary>
internal static class JsonResultsWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Keep ×, ’ and … readable; the output is UTF-8 JSON, not embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One line per query for <c>search --queries</c>: the same object, compact, led by the query's id.</summary>
    private static readonly JsonWriterOptions LineOptions = Options with { Indented = false };

    public static void Write(SearchResults results, SearchRequest request, TextWriter output) =>
        Emit(output, Options, json => WriteResults(json, results, request, queryId: null));

    /// <summary>Writes <paramref name="results"/> as one JSON Lines record with <c>queryId</c> first.</summary>
    public static void WriteLine(SearchResults results, SearchRequest request, string queryId, TextWriter output) =>
        Emit(output, LineOptions, json => WriteResults(json, results, request, queryId));

    /// <summary>A JSON Lines record for a query that could not be run: its id, text and the one-line reason.</summary>
    public static void WriteErrorLine(string queryId, string query, string error, TextWriter output) => Emit(output, LineOptions, json =>
    {
        json.WriteStartObject();
        json.WriteString("queryId", queryId);
        json.WriteString("query", query);
        json.WriteString("error", error);
        json.WriteEndObject();
    });

    private static void WriteResults(Utf8JsonWriter json, SearchResults results, SearchRequest request, string? queryId)
    {
        json.WriteStartObject();
        if (queryId is not null)
        {
            json.WriteString("queryId", queryId);
        }
        json.WriteString("query", results.Query);
        json.WriteNumber("total", results.Total);
        json.WriteNumber("elapsedMs", Math.Round(results.Elapsed.TotalMilliseconds, 3));
        json.WriteNumber("offset", request.Offset);
        json.WriteNumber("limit", request.Limit);
        json.WriteStartArray("hits");
        foreach (var hit in results.Hits)
        {
            WriteHit(json, hit);
        }
        json.WriteEndArray();
        json.WriteStartObject("facets");
        WriteCounts(json, "venue", results.Venues, numeric: false);
        WriteCounts(json, "year", results.Years, numeric: true);
        json.WriteEndObject();
        WriteStrings(json, "notices", results.Notices);
        WriteStrings(json, "explain", results.Explanation);
        json.WriteEndObject();
    }

    public static void WritePaper(Paper paper, TextWriter output) => Emit(output, Options, json =>
    {
        json.WriteStartObject();
        WritePaperFields(json, paper);
        json.WriteEndObject();
    });

    public static void WriteStats(IndexStats stats, TextWriter output) => Emit(output, Options, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("papers", stats.Papers);
        WriteCounts(json, "venues", stats.Venues, numeric: false);
        WriteCounts(json, "years", stats.Years, numeric: true);
        json.WriteNumber("sizeBytes", stats.SizeBytes);
        json.WriteEndObject();
    });

    /// <summary>This thread's JSON bytes and their characters, reused from one object to the next.</summary>
    /// <remarks>
    /// A page of hits with abstracts and snippets is tens of kilobytes of JSON. Written into fresh buffers, then
    /// copied into a string, each page made arrays large enough for the large-object heap, whose budget then brought on
    /// a full collection during a batch of 300 topical queries (a pause that lands in some query's latency).
    /// </remarks>
    [ThreadStatic]
    private static Scratch? _scratch;

    private static void Emit(TextWriter output, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        var scratch = _scratch ??= new Scratch();
        scratch.Bytes.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(scratch.Bytes, options))
        {
            write(json);
        }
        var bytes = scratch.Bytes.WrittenSpan;
        var length = System.Text.Encoding.UTF8.GetCharCount(bytes);
        if (scratch.Chars.Length < length)
        {
            scratch.Chars = new char[Math.Max(length, scratch.Chars.Length * 2)];
        }
        System.Text.Encoding.UTF8.GetChars(bytes, scratch.Chars);
        output.Write(scratch.Chars, 0, length);
        output.WriteLine();
    }

    private sealed class Scratch
    {
        public System.Buffers.ArrayBufferWriter<byte> Bytes { get; } = new(16 * 1024);

        public char[] Chars { get; set; } = new char[16 * 1024];
    }

    private static void WriteHit(Utf8JsonWriter json, SearchHit hit)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", hit.Rank);
        json.WriteNumber("score", Math.Round(hit.Score, 4));
        WritePaperFields(json, hit.Paper);
        WriteRanges(json, "titleHighlights", hit.TitleHighlights);
        json.WriteStartArray("snippets");
        foreach (var snippet in hit.Snippets)
        {
            json.WriteStartObject();
            json.WriteString("text", snippet.Text);
            WriteRanges(json, "highlights", snippet.Highlights);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("why");
        foreach (var part in hit.Why)
        {
            json.WriteStartObject();
            json.WriteString("field", part.Field);
            json.WriteString("match", part.Match);
            json.WriteNumber("score", Math.Round(part.Score, 4));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePaperFields(Utf8JsonWriter json, Paper paper)
    {
        json.WriteString("id", paper.Id);
        json.WriteString("title", paper.Title);
        json.WriteString("venue", paper.Venue);
        WriteNumberOrNull(json, "year", paper.Year);
        json.WriteString("volume", paper.Volume);
        json.WriteString("issue", paper.Issue);
        json.WriteString("pages", paper.Pages);
        json.WriteString("published", paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("type", paper.ArticleType);
        json.WriteBoolean("openAccess", paper.OpenAccess);
        json.WriteString("pdfSize", paper.PdfSize);
        WriteNumberOrNull(json, "downloads", paper.Downloads);
        json.WriteString("abstract", paper.Abstract);
        json.WriteString("source", paper.Source);
        WriteStrings(json, "authors", paper.Authors);
        WriteStrings(json, "categories", paper.Categories);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteRanges(Utf8JsonWriter json, string name, IReadOnlyList<HighlightRange> ranges)
    {
        json.WriteStartArray(name);
        foreach (var range in ranges)
        {
            json.WriteStartArray();
            json.WriteNumberValue(range.Start);
            json.WriteNumberValue(range.End);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteCounts(Utf8JsonWriter json, string name, IReadOnlyList<FacetValue> counts, bool numeric)
    {
        json.WriteStartArray(name);
        foreach (var value in counts)
        {
            json.WriteStartObject();
            if (numeric && int.TryParse(value.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                json.WriteNumber("value", number);
            }
            else
            {
                json.WriteString("value", value.Value);
            }
            json.WriteNumber("count", value.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
