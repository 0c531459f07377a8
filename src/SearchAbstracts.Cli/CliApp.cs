using System.CommandLine;
using SearchAbstracts.Cli.Commands;

namespace SearchAbstracts.Cli;

/// <summary>Builds the command tree and runs one command line; everything it does goes through the library API.</summary>
internal static class CliApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Full-text search over scientific paper abstracts (Lucene.Net, BM25).")
        {
            IndexCommand.Create(console),
            SearchCommand.Create(console),
            ShowCommand.Create(console),
            StatsCommand.Create(console),
            EvalCommand.Create(console),
        };
        try
        {
            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0 && !IsHelpRequest(args))
            {
                // One line, in our format, instead of System.CommandLine's error list followed by the whole help text.
                var command = parsed.CommandResult.Command;
                var help = command == root ? "search-abstracts --help" : $"search-abstracts {command.Name} --help";
                console.Error.WriteLine($"{ErrorReporter.Program}: error: {OneLine(parsed.Errors.Select(e => e.Message))} (see '{help}')");
                return ExitCodes.BadInput;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(e, console.Error);
        }
    }

    /// <summary>System.CommandLine's messages span lines (choices on tabs); a misspelt command also reports "no command" — drop that echo.</summary>
    private static string OneLine(IEnumerable<string> messages)
    {
        var lines = messages
            .Select(m => string.Join(' ', m.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim())).TrimEnd('.'))
            .ToList();
        if (lines.Count > 1)
        {
            lines.RemoveAll(l => l.StartsWith("Required command was not provided", StringComparison.Ordinal));
        }
        return string.Join("; ", lines);
    }

    private static bool IsHelpRequest(string[] args) => args.Any(a => a is "-h" or "--help" or "-?");
}
