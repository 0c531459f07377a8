using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SearchAbstracts.Evaluation;

namespace SearchAbstracts.Cli.Output;

/// <summary>Evaluation results: a table (one row per profile) or JSON with the documented metric keys.</summary>
internal static class EvalReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IReadOnlyList<RelevanceRun> runs, bool json, TextWriter output)
    {
        if (json)
        {
            WriteJson(runs, output);
            return;
        }
        output.WriteLine($"{"profile",-32} {"ndcg@10",8} {"recall@100",10} {"recall@1000",11} {"mrr@10",8} {"map",8} {"queries",8} {"time",7}");
        foreach (var run in runs)
        {
            var r = run.Report;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.Profile.Name,-32} {r.Ndcg10,8:F4} {r.Recall100,10:F4} {r.Recall1000,11:F4} {r.Mrr10,8:F4} {r.Map,8:F4} {r.Queries,8} {run.Elapsed.TotalSeconds,6:F1}s"));
        }
    }

    private static void WriteJson(IReadOnlyList<RelevanceRun> runs, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            if (runs.Count == 1)
            {
                WriteRun(json, runs[0]);
            }
            else
            {
                json.WriteStartObject();
                json.WriteStartArray("profiles");
                foreach (var run in runs)
                {
                    WriteRun(json, run);
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteRun(Utf8JsonWriter json, RelevanceRun run)
    {
        var r = run.Report;
        json.WriteStartObject();
        json.WriteString("profile", run.Profile.Name);
        json.WriteNumber("ndcg@10", Math.Round(r.Ndcg10, 4));
        json.WriteNumber("recall@100", Math.Round(r.Recall100, 4));
        json.WriteNumber("recall@1000", Math.Round(r.Recall1000, 4));
        json.WriteNumber("mrr@10", Math.Round(r.Mrr10, 4));
        json.WriteNumber("map", Math.Round(r.Map, 4));
        json.WriteNumber("queries", r.Queries);
        json.WriteNumber("elapsedMs", Math.Round(run.Elapsed.TotalMilliseconds, 1));
        json.WriteEndObject();
    }
}
