namespace SearchAbstracts.Bench;

/// <summary>One line of a query set: <c>id&lt;TAB&gt;text</c>, or just text (then the id is the line number).</summary>
internal sealed record BenchQuery(string Id, string Text)
{
    public static IReadOnlyList<BenchQuery> ReadFile(string path)
    {
        var queries = new List<BenchQuery>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            queries.Add(tab < 0
                ? new BenchQuery(lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), line.Trim())
                : new BenchQuery(line[..tab], line[(tab + 1)..].Trim()));
        }
        return queries;
    }
}
