namespace SearchAbstracts.Ingest;

/// <summary>The tagged lines of one RIS record, <c>TY</c> to <c>ER</c>, continuation lines already joined.</summary>
/// <param name="line">The 1-based line of the record's <c>TY</c>.</param>
/// <param name="type">The value of <c>TY</c>, e.g. <c>JOUR</c>.</param>
internal sealed class RisRecord(int line, string type)
{
    private readonly Dictionary<string, List<string>> _tags = new(StringComparer.Ordinal);

    public int Line { get; } = line;

    public string Type { get; } = type;

    /// <summary>The tag of the last line added, which a continuation line extends.</summary>
    public string? LastTag { get; private set; }

    public void Add(string tag, string value)
    {
        if (!_tags.TryGetValue(tag, out var values))
            _tags[tag] = values = [];
        values.Add(value);
        LastTag = tag;
    }

    /// <summary>Appends a continuation line to the last value, with one space between.</summary>
    public void Continue(string text)
    {
        var values = _tags[LastTag!];
        values[^1] = values[^1].Length == 0 ? text : values[^1] + " " + text;
    }

    /// <summary>Every value of the tag, in file order (empty when it is absent).</summary>
    public IReadOnlyList<string> All(string tag) => _tags.TryGetValue(tag, out var values) ? values : [];

    /// <summary>The first non-blank value of the first of <paramref name="tags"/> that has one, trimmed; else null.</summary>
    public string? First(params ReadOnlySpan<string> tags)
    {
        foreach (var tag in tags)
        {
            foreach (var value in All(tag))
            {
                if (!string.IsNullOrWhiteSpace(value))
                    return value.Trim();
            }
        }
        return null;
    }
}
