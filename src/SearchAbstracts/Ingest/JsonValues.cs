using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Typed reads of one JSON value (the reader stands on its first token). A value of the wrong type throws
/// <see cref="JsonRecordException"/> naming the field, so a corpus with a broken field is reported, not half-read.
/// JSON <c>null</c> reads as "absent" everywhere, because exporters write it for missing optional fields.
/// </summary>
internal static class JsonValues
{
    /// <summary>A string value, or null.</summary>
    public static string? String(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw WrongType(field, "a string", reader.TokenType),
    };

    /// <summary>A string or a number (as written, e.g. <c>12</c>), or null: ids, volumes and pages come as either.</summary>
    public static string? Text(ref Utf8JsonReader reader, string field) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        // A number token's bytes are its literal text, never escaped.
        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
        _ => throw WrongType(field, "a string or a number", reader.TokenType),
    };

    /// <summary>A year given as a number or as a string of digits, or null when absent or empty.</summary>
    public static int? Year(ref Utf8JsonReader reader, string field)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.TryGetInt32(out var number)
                ? number
                : throw new JsonRecordException($"\"{field}\" must be a whole number, not {Encoding.UTF8.GetString(reader.ValueSpan)}");
        }

        var text = String(ref reader, field)?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new JsonRecordException($"\"{field}\" must be a year such as 2024, not {DiagnosticBag.Quote(text)}");
    }

    /// <summary>
    /// An array of strings, or one string cut into items by <paramref name="split"/>; empty items are dropped.
    /// </summary>
    public static IReadOnlyList<string>? List(ref Utf8JsonReader reader, string field, Func<string, string[]> split)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String:
                return split(reader.GetString()!);
            case JsonTokenType.StartArray:
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.String)
                        throw new JsonRecordException($"\"{field}\" must hold only strings, not {Describe(reader.TokenType)}");
                    var item = reader.GetString()!.Trim();
                    if (item.Length > 0)
                        items.Add(item);
                }
                return items;
            default:
                throw WrongType(field, "an array of strings or a string", reader.TokenType);
        }
    }

    /// <summary>How a token is named in messages: <c>an object</c>, <c>a number</c> and so on.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true/false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static JsonRecordException WrongType(string field, string expected, JsonTokenType actual) =>
        new($"\"{field}\" must be {expected}, not {Describe(actual)}");
}
