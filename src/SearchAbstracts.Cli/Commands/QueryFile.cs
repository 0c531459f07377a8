using System.Globalization;

namespace SearchAbstracts.Cli.Commands;

/// <summary>
/// The query file of <c>search --queries</c>: one query a line, either <c>id&lt;TAB&gt;text</c> or just the text
/// (its id is then its line number). Blank lines are skipped.
/// </summary>
internal static class QueryFile
{
    /// <exception cref="UsageException">The file cannot be read or holds no query.</exception>
    public static IReadOnlyList<(string Id, string Text)> Read(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read the query file '{path}' ({e.Message.TrimEnd('.')}); check the path");
        }
        var queries = new List<(string, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            queries.Add(tab < 0
                ? ((i + 1).ToString(CultureInfo.InvariantCulture), line.Trim())
                : (line[..tab].Trim(), line[(tab + 1)..].Trim()));
        }
        if (queries.Count == 0)
        {
            throw new UsageException($"the query file '{path}' holds no queries (expected one per line, as text or id<TAB>text)");
        }
        return queries;
    }
}
