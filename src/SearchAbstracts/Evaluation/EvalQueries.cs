using System.Text.Json;

namespace SearchAbstracts.Evaluation;

/// <summary>
/// Reads BEIR <c>queries.jsonl</c>: one JSON object a line with <c>_id</c> (string or number) and
/// <c>text</c> (string); other members such as <c>metadata</c> are ignored, blank lines skipped.
/// </summary>
public static class EvalQueries
{
    /// <summary>Reads the queries of <paramref name="path"/> in file order.</summary>
    /// <exception cref="InvalidDataException">A line is not a valid query or repeats an id; the message names <c>file:line</c>.</exception>
    public static IReadOnlyList<EvalQuery> Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads queries from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">A line is not a valid query or repeats an id; the message names <c>source:line</c>.</exception>
    public static IReadOnlyList<EvalQuery> Read(TextReader reader, string source)
    {
        var queries = new List<EvalQuery>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            var query = Parse(line, source, lineNumber);
            if (!firstLine.TryAdd(query.Id, lineNumber))
                throw DataError.At(source, lineNumber, $"duplicate query id '{query.Id}' (first on line {firstLine[query.Id]})");
            queries.Add(query);
        }

        return queries;
    }

    private static EvalQuery Parse(string line, string source, int lineNumber)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw DataError.At(source, lineNumber, $"invalid JSON: {e.Message}");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw DataError.At(source, lineNumber, $"expected a JSON object, found {root.ValueKind}");

            if (!root.TryGetProperty("_id", out var idElement))
                throw DataError.At(source, lineNumber, "missing \"_id\"");
            var id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString()!,
                JsonValueKind.Number => idElement.GetRawText(),
                _ => throw DataError.At(source, lineNumber, $"\"_id\" must be a string or number, found {idElement.ValueKind}"),
            };
            if (string.IsNullOrWhiteSpace(id))
                throw DataError.At(source, lineNumber, "\"_id\" is empty");

            if (!root.TryGetProperty("text", out var textElement))
                throw DataError.At(source, lineNumber, "missing \"text\"");
            if (textElement.ValueKind != JsonValueKind.String)
                throw DataError.At(source, lineNumber, $"\"text\" must be a string, found {textElement.ValueKind}");

            return new EvalQuery(id, textElement.GetString()!);
        }
    }
}
