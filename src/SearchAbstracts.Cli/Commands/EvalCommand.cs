using System.CommandLine;
using SearchAbstracts.Cli.Output;
using SearchAbstracts.Evaluation;
using SearchAbstracts.Ranking;

namespace SearchAbstracts.Cli.Commands;

/// <summary>
/// <c>search-abstracts eval --queries Q.jsonl --qrels QRELS.tsv [--index DIR | --corpus C.jsonl[.gz]] [--profile NAME|all]
/// [--run OUT.trec] [--format text|json]</c>.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var queries = new Option<string>("--queries") { Description = "Queries, BEIR queries.jsonl", HelpName = "FILE", Required = true };
        var qrels = new Option<string>("--qrels") { Description = "Judgments, BEIR qrels TSV (query-id, corpus-id, score)", HelpName = "FILE", Required = true };
        var index = CommonOptions.Index();
        var corpus = new Option<string?>("--corpus") { Description = "Build a temporary index from this corpus (.jsonl, .jsonl.gz) instead of using --index", HelpName = "FILE" };
        var profile = new Option<string>("--profile")
        {
            Description = $"Ranking to evaluate: {string.Join(", ", RankingProfile.All.Select(p => p.Name))}, or all",
            DefaultValueFactory = _ => RankingProfile.Default.Name,
            HelpName = "NAME",
        };
        var run = new Option<string?>("--run") { Description = "Write the ranking as a TREC run file (with --profile all: one file per profile, NAME inserted before the extension)", HelpName = "FILE" };
        var format = CommonOptions.Format();
        var command = new Command("eval", "Measure ranking quality on judged queries: nDCG@10, Recall@100/1000, MRR@10, MAP (trec_eval -c conventions)")
        {
            queries, qrels, index, corpus, profile, run, format,
        };
        command.SetAction(parsed =>
        {
            var profiles = ParseProfiles(parsed.GetValue(profile)!);
            if (parsed.GetValue(corpus) is not null && parsed.GetValue(index) is not null)
            {
                throw new UsageException("give either --index or --corpus, not both");
            }
            var judged = Qrels.Read(console.Resolve(parsed.GetValue(qrels)!));
            var questions = EvalQueries.Read(console.Resolve(parsed.GetValue(queries)!));
            using var workspace = EvalIndex.Open(parsed.GetValue(index), parsed.GetValue(corpus), console);
            var runs = profiles.Select(p => RelevanceEvaluation.Run(workspace.Index, questions, judged, p)).ToList();
            if (parsed.GetValue(run) is string runPath)
            {
                WriteRuns(runs, console.Resolve(runPath));
            }
            EvalReportWriter.Write(runs, parsed.GetValue(format) == "json", console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static IReadOnlyList<RankingProfile> ParseProfiles(string name)
    {
        try
        {
            return name == "all" ? RankingProfile.All : [RankingProfile.Parse(name)];
        }
        catch (InvalidRequestException e)
        {
            throw new UsageException($"--profile: {e.Message}, or all");
        }
    }

    private static void WriteRuns(IReadOnlyList<RelevanceRun> runs, string path)
    {
        foreach (var run in runs)
        {
            var file = runs.Count == 1
                ? path
                : Path.Combine(Path.GetDirectoryName(path) ?? "", $"{Path.GetFileNameWithoutExtension(path)}.{run.Profile.Name}{Path.GetExtension(path)}");
            TrecRunWriter.WriteFile(file, run.Run, run.Profile.Name);
        }
    }
}
