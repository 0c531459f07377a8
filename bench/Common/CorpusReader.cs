using System.IO.Compression;
using System.Text.Json;

namespace SearchAbstracts.Bench;

/// <summary>
/// Reads a BEIR corpus (<c>corpus.jsonl</c> or <c>corpus.jsonl.gz</c>, one JSON object a line) for the peer
/// programs. Deliberately plain: the peers should spend their time in their engine, not in parsing.
/// </summary>
internal static class CorpusReader
{
    public static IEnumerable<CorpusRecord> Read(string path)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        using var reader = new StreamReader(stream);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            yield return Parse(line, path, lineNumber);
        }
    }

    private static CorpusRecord Parse(string line, string path, int lineNumber)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.TryGetProperty("_id", out var idValue)
            ? idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText() : idValue.GetString()
            : null;
        if (string.IsNullOrEmpty(id))
        {
            throw new InvalidDataException($"{path}:{lineNumber}: a record without _id");
        }
        return new CorpusRecord(id, Text(root, "title"), Text(root, "text"));
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
