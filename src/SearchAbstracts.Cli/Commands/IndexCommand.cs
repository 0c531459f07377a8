using System.CommandLine;
using SearchAbstracts.Cli.Output;

namespace SearchAbstracts.Cli.Commands;

/// <summary><c>search-abstracts index [PATH...] [--index DIR] [--rebuild]</c>.</summary>
internal static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Listing files (.txt) or JSON Lines corpora (.jsonl, .jsonl.gz), or folders searched recursively for them [default: {CommonOptions.DefaultSeeds}]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var index = CommonOptions.Index();
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index instead of adding to (and replacing in) the existing one" };
        var command = new Command("index", "Read listing files and add or replace their papers in the index (by citation id)")
        {
            paths, index, rebuild,
        };
        command.SetAction(parsed =>
        {
            var inputs = (parsed.GetValue(paths) is { Length: > 0 } given ? given : [CommonOptions.DefaultSeeds]).Select(console.Resolve);
            var indexPath = console.Resolve(parsed.GetValue(index) ?? CommonOptions.DefaultIndex);
            using var abstracts = AbstractsIndex.OpenOrCreate(indexPath, parsed.GetValue(rebuild));
            var report = abstracts.AddFiles(inputs);
            IndexReportWriter.Write(report, console.Error);
            return report.HasUnreadableInput ? ExitCodes.IndexOrUnreadable
                : report.HasErrors ? ExitCodes.BadInput
                : ExitCodes.Success;
        });
        return command;
    }
}
