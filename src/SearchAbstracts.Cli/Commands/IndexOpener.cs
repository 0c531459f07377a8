using SearchAbstracts.Cli.Output;

namespace SearchAbstracts.Cli.Commands;

/// <summary>
/// Opens the index for the read commands. On first use (no <c>--index</c> given and no index at the default
/// location) it builds the index from <c>seeds/</c>, saying so on stderr, so a fresh clone works at once.
/// </summary>
internal static class IndexOpener
{
    public static AbstractsIndex OpenForReading(string? indexOption, CliConsole console)
    {
        var path = console.Resolve(indexOption ?? CommonOptions.DefaultIndex);
        if (indexOption is null && !AbstractsIndex.Exists(path))
        {
            BuildFromSeeds(path, console);
        }
        return AbstractsIndex.Open(path);
    }

    private static void BuildFromSeeds(string path, CliConsole console)
    {
        var seeds = console.Resolve(CommonOptions.DefaultSeeds);
        if (!Directory.Exists(seeds))
        {
            throw new IndexUnavailableException(IndexProblem.Missing, path,
                $"no index at '{path}' and no '{CommonOptions.DefaultSeeds}/' folder here to build it from",
                "build one with: search-abstracts index PATH... (listing files or folders), or run from the repository folder");
        }
        console.Error.WriteLine($"No index at '{path}' yet: building it from {CommonOptions.DefaultSeeds}/ first.");
        using var index = AbstractsIndex.OpenOrCreate(path);
        var report = index.AddFiles([seeds]);
        IndexReportWriter.Write(report, console.Error);
    }
}
