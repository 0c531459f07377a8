using System.CommandLine;
using SearchAbstracts.Cli.Output;

namespace SearchAbstracts.Cli.Commands;

/// <summary><c>search-abstracts stats</c>: papers, counts by venue and year, size on disk.</summary>
internal static class StatsCommand
{
    public static Command Create(CliConsole console)
    {
        var index = CommonOptions.Index();
        var format = CommonOptions.Format();
        var acronyms = new Option<bool>("--acronyms") { Description = "List the acronym definitions learned from the corpus instead, with the number of papers defining each" };
        var command = new Command("stats", "Print the number of papers, counts by venue and year, and the index size on disk") { index, format, acronyms };
        command.SetAction(parsed =>
        {
            using var abstracts = IndexOpener.OpenForReading(parsed.GetValue(index), console);
            if (parsed.GetValue(acronyms))
            {
                AcronymWriter.Write(abstracts.GetAcronyms(), parsed.GetValue(format) == "json", console.Out);
                return ExitCodes.Success;
            }
            var stats = abstracts.GetStats();
            if (parsed.GetValue(format) == "json")
            {
                JsonResultsWriter.WriteStats(stats, console.Out);
            }
            else
            {
                TextResultsWriter.WriteStats(stats, abstracts.IndexPath, console.Out);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
