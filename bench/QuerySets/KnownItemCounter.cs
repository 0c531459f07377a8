using System.Globalization;
using System.Text.Json;

namespace SearchAbstracts.Bench.QuerySets;

/// <summary>
/// Scores <c>search-abstracts search --queries</c> output (JSON Lines, one object per query) as a known-item set: the
/// share of queries whose first hit is the paper the query was taken from (<c>hits[0].id == query_id</c>, or <c>queryId</c>).
/// </summary>
internal static class KnownItemCounter
{
    public static string Describe(string resultsPath)
    {
        var (found, queries) = Count(resultsPath);
        return string.Create(CultureInfo.InvariantCulture,
            $"known-item @1: {found / (double)Math.Max(queries, 1):0.000} ({found}/{queries})");
    }

    public static (int Found, int Queries) Count(string resultsPath)
    {
        int found = 0, queries = 0;
        foreach (var line in File.ReadLines(resultsPath))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            queries++;
            // The interface agreed in issue 4 says query_id; the CLI's JSON is camelCase elsewhere (elapsedMs), so take either.
            var queryId = root.TryGetProperty("query_id", out var id) || root.TryGetProperty("queryId", out id) ? id.ToString() : null;
            if (queryId is not null && root.TryGetProperty("hits", out var hits) && hits.GetArrayLength() > 0
                && hits[0].TryGetProperty("id", out var first) && first.ToString() == queryId)
            {
                found++;
            }
        }
        return (found, queries);
    }
}
