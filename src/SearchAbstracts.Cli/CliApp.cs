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
        };
        try
        {
            var parsed = root.Parse(args);
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
}
