using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace SearchAbstracts.Bench.Fts5;

/// <summary>
/// Searches the FTS5 table: the query's words, each quoted (so FTS5 syntax in titles is literal), joined by OR;
/// <c>ORDER BY bm25(papers) LIMIT 10</c>; <c>snippet()</c> of the abstract column, 24 tokens, matches in brackets.
/// </summary>
internal sealed partial class Fts5Searcher : IPeerSearcher
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _match;

    public Fts5Searcher(SqliteConnection connection)
    {
        _connection = connection;
        _select = connection.CreateCommand();
        _select.CommandText = """
            SELECT id, bm25(papers), snippet(papers, 2, '[', ']', '…', 24)
            FROM papers WHERE papers MATCH $match ORDER BY bm25(papers) LIMIT 10
            """;
        _match = _select.Parameters.Add("$match", SqliteType.Text);
        _select.Prepare();
    }

    public IReadOnlyList<BenchHit> Search(string text)
    {
        var match = MatchExpression(text);
        if (match.Length == 0)
        {
            return [];
        }
        _match.Value = match;
        var hits = new List<BenchHit>(10);
        using var reader = _select.ExecuteReader();
        while (reader.Read())
        {
            // bm25() is lower-is-better (negated); flip it so that scores read like Lucene's.
            hits.Add(new BenchHit(reader.GetString(0), -reader.GetDouble(1), reader.GetString(2)));
        }
        return hits;
    }

    public void Dispose()
    {
        _select.Dispose();
        _connection.Dispose();
    }

    /// <summary><c>graph neural "networks"</c> → <c>"graph" OR "neural" OR "networks"</c>: unicode61's word characters only.</summary>
    internal static string MatchExpression(string text)
    {
        var match = new StringBuilder();
        foreach (Match word in Word().Matches(text))
        {
            if (match.Length > 0)
            {
                match.Append(" OR ");
            }
            match.Append('"').Append(word.Value).Append('"');
        }
        return match.ToString();
    }

    [GeneratedRegex(@"[\p{L}\p{N}\p{Mn}]+")]
    private static partial Regex Word();
}
