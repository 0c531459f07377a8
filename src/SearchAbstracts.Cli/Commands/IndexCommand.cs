using System.CommandLine;
using SearchAbstracts.Cli.Output;
using SearchAbstracts.Indexing;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Cli.Commands;

/// <summary><c>search-abstracts index [PATH...] [--index DIR] [--rebuild] [--prune] [--input-format F] [--threads N] [--quiet]</c>.</summary>
internal static class IndexCommand
{
    private static readonly Dictionary<string, PaperFileFormat> Formats = new(StringComparer.Ordinal)
    {
        ["listing"] = PaperFileFormat.Listing,
        ["jsonl"] = PaperFileFormat.JsonLines,
        ["bibtex"] = PaperFileFormat.Bibtex,
        ["ris"] = PaperFileFormat.Ris,
        ["csv"] = PaperFileFormat.Csv,
        ["tsv"] = PaperFileFormat.Tsv,
    };

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Paper files (listings .txt, JSON Lines .jsonl/.jsonl.gz, BibTeX .bib, RIS .ris, CSV .csv, TSV .tsv) or folders searched recursively for them [default: {CommonOptions.DefaultSeeds}]",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var index = CommonOptions.Index();
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index instead of adding to (and updating) the existing one" };
        var prune = new Option<bool>("--prune") { Description = "Also delete papers that came from one of the files read but are no longer in it" };
        var format = new Option<string?>("--input-format")
        {
            Description = "Read every file in this format instead of detecting it from the name and content",
            HelpName = "FORMAT",
        }.AcceptOnlyFromAmong([.. Formats.Keys]);
        var threads = new Option<int>("--threads")
        {
            Description = "Threads that analyze and write papers (1 = everything on one thread; the default is one per processor)",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        threads.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 64)
            {
                result.AddError("--threads must be between 1 and 64");
            }
        });
        var map = new Option<string[]>("--map")
        {
            Description = $"For CSV/TSV: read column COLUMN as FIELD (repeat for several). Fields: {string.Join(", ", CsvColumnMap.FieldNames)}",
            HelpName = "COLUMN=FIELD",
        };
        var commitEvery = new Option<double>("--commit-every")
        {
            Description = "Commit at least this often while indexing, in seconds: a crash or Ctrl+C loses at most this much work",
            DefaultValueFactory = _ => 10,
            HelpName = "SECONDS",
        };
        commitEvery.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 86400))
            {
                result.AddError("--commit-every must be more than 0 and at most 86400 seconds");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress and no summary; warnings and errors are still printed" };
        var command = new Command("index", "Read paper files and add, update or (with --prune) delete their papers in the index; unchanged papers are left alone")
        {
            paths, index, rebuild, prune, format, map, threads, commitEvery, quiet,
        };
        command.SetAction(parsed =>
        {
            var inputs = (parsed.GetValue(paths) is { Length: > 0 } given ? given : [CommonOptions.DefaultSeeds]).Select(console.Resolve);
            var indexPath = console.Resolve(parsed.GetValue(index) ?? CommonOptions.DefaultIndex);
            var silent = parsed.GetValue(quiet);
            var columns = ColumnMap(parsed.GetValue(map));
            var progress = silent ? null : new ProgressDisplay(console.Error, console.ErrorIsTerminal);
            using var signals = new StopSignals();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(console.Cancellation, signals.Token);
            using var abstracts = AbstractsIndex.OpenOrCreate(indexPath, parsed.GetValue(rebuild));
            var report = abstracts.AddFiles(inputs, new IndexingOptions
            {
                Threads = parsed.GetValue(threads),
                Prune = parsed.GetValue(prune),
                CommitInterval = TimeSpan.FromSeconds(parsed.GetValue(commitEvery)),
                Format = parsed.GetValue(format) is string name ? Formats[name] : null,
                CsvMap = columns,
                Progress = progress,
                Cancellation = stop.Token,
            });
            progress?.Finish();
            IndexReportWriter.Write(report, console.Error, summary: !silent);
            return report.Cancelled ? ExitCodes.Interrupted
                : report.HasUnreadableInput ? ExitCodes.IndexOrUnreadable
                : report.HasErrors ? ExitCodes.BadInput
                : ExitCodes.Success;
        });
        return command;
    }

    private static CsvColumnMap? ColumnMap(string[]? mappings)
    {
        if (mappings is not { Length: > 0 })
        {
            return null;
        }
        try
        {
            return CsvColumnMap.Parse(mappings);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
