using System.CommandLine;
using SearchAbstracts.Cli.Output;

namespace SearchAbstracts.Cli.Commands;

/// <summary><c>search-abstracts show ID</c>: one whole record.</summary>
internal static class ShowCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "Paper id, as printed by search (e.g. journal-of-computer-science-and-technology-2026-41-1-341)" };
        var index = CommonOptions.Index();
        var format = CommonOptions.Format();
        var command = new Command("show", "Print one paper with every field") { id, index, format };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(id)!;
            using var abstracts = IndexOpener.OpenForReading(parsed.GetValue(index), console);
            var paper = abstracts.Get(wanted)
                ?? throw new UsageException($"no paper with id '{wanted}' in '{abstracts.IndexPath}'; search prints each hit's id (search --format json shows them too)");
            if (parsed.GetValue(format) == "json")
            {
                JsonResultsWriter.WritePaper(paper, console.Out);
            }
            else
            {
                TextResultsWriter.WritePaper(paper, console.Out);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
