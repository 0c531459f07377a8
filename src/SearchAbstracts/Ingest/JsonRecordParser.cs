using System.Text.Json;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Turns one JSON Lines record (<c>{"_id": ..., "title": ..., "text": ..., "metadata": {...}}</c>, the BEIR
/// corpus layout) into a <see cref="Paper"/>. Reads the line's bytes with <see cref="Utf8JsonReader"/>, so no
/// document tree and no string of the whole line is built: only the field values become strings.
/// </summary>
internal static class JsonRecordParser
{
    /// <summary>Parses one non-blank line, or throws <see cref="JsonRecordException"/> saying why it is skipped.</summary>
    public static Paper Parse(ReadOnlySpan<byte> line, string source)
    {
        try
        {
            return Read(line, source);
        }
        catch (JsonException e)
        {
            // Columns are bytes, which equals characters for the ASCII that JSON syntax is made of.
            var column = (e.BytePositionInLine ?? 0) + 1;
            throw new JsonRecordException($"not valid JSON (error at column {column})");
        }
        catch (InvalidOperationException e) when (e.Source?.StartsWith("System.Text.Json", StringComparison.Ordinal) == true)
        {
            // Valid JSON syntax that is not valid text: a \u escape of half a surrogate pair ("\ud800") makes GetString throw.
            throw new JsonRecordException($"a string holds an escape that is not valid UTF-16 text ({e.Message.TrimEnd('.')})");
        }
    }

    private static Paper Read(ReadOnlySpan<byte> line, string source)
    {
        var reader = new Utf8JsonReader(line);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonRecordException($"not a JSON object (the line holds {JsonValues.Describe(reader.TokenType)})");

        string? id = null;
        string? title = null;
        string? text = null;
        var metadata = JsonMetadata.Empty;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("_id"u8))
            {
                reader.Read();
                id = JsonValues.Text(ref reader, "_id");
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                reader.Read();
                title = JsonValues.String(ref reader, "title");
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                text = JsonValues.String(ref reader, "text");
            }
            else if (reader.ValueTextEquals("metadata"u8))
            {
                reader.Read();
                metadata = JsonMetadata.Read(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // The reader stops at the object's end; anything after it (two records on one line?) is not ignored.
        var rest = line[(int)reader.BytesConsumed..];
        var extra = rest.IndexOfAnyExcept(" \t\r"u8);
        if (extra >= 0)
            throw new JsonRecordException($"text after the end of the record at column {(int)reader.BytesConsumed + extra + 1} (two records on one line?)");

        return ToPaper(id, title ?? string.Empty, text ?? string.Empty, metadata, source);
    }

    private static Paper ToPaper(string? id, string title, string text, JsonMetadata metadata, string source)
    {
        if (id is null)
            throw new JsonRecordException("no \"_id\"");
        id = id.Trim();
        if (id.Length == 0)
            throw new JsonRecordException("\"_id\" is empty");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(text))
            throw new JsonRecordException($"record {id} has neither a title nor a text");

        return new Paper
        {
            Id = id,
            Title = title,
            Abstract = text,
            Venue = metadata.Venue,
            Year = metadata.Year,
            Volume = metadata.Volume,
            Issue = metadata.Issue,
            FirstPage = metadata.FirstPage,
            LastPage = metadata.LastPage,
            Published = metadata.Published,
            ArticleType = "research",
            OpenAccess = false,
            Authors = metadata.Authors,
            Categories = metadata.Categories,
            Source = source,
        };
    }
}
