using System.CommandLine;
using SearchAbstracts.Cli.Output;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Commands;

/// <summary><c>search-abstracts search QUERY [options]</c>: ranked hits with snippets, then venue counts.</summary>
internal static class SearchCommand
{
    public static Command Create(CliConsole console)
    {
        var query = new Argument<string[]>("QUERY")
        {
            Description = "Words, \"phrases\", AND/OR/NOT, +/-, title:/abstract:/venue:/type: fields, year:[2024 TO 2026]; '*' for all papers",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var queries = new Option<string?>("--queries")
        {
            Description = "Run every query of FILE (one a line: text, or id<TAB>text) on one opened index; writes JSON Lines, one result object per query",
            HelpName = "FILE",
        };
        var stats = new Option<bool>("--stats") { Description = "With --queries: after one warm-up pass and a full garbage collection, time every query and print p50/p95/p99 latency and queries/s to stderr" };
        var index = CommonOptions.Index();
        var limit = new Option<int>("--limit", "-n") { Description = "Hits to show, 1-10000", DefaultValueFactory = _ => 10, HelpName = "N" };
        var offset = new Option<int>("--offset") { Description = "Hits to skip (paging)", DefaultValueFactory = _ => 0, HelpName = "N" };
        var venue = new Option<string[]>("--venue")
        {
            Description = "Only this venue (exact name, or a unique part of it, any case); repeat for several",
            HelpName = "NAME",
        };
        var year = new Option<string?>("--year") { Description = "Only these years: 2024..2026, 2024.., ..2026 or 2024", HelpName = "FROM..TO" };
        var sort = new Option<string>("--sort") { Description = "Hit order", DefaultValueFactory = _ => "relevance" }
            .AcceptOnlyFromAmong("relevance", "date");
        var format = CommonOptions.Format();
        var color = CommonOptions.Color();
        var explain = new Option<bool>("--explain") { Description = "Say how the query was understood (fields, weights, phrases, variants, acronyms, feedback, filters) and why each hit scored" };
        var command = new Command("search", "Search titles, abstracts and venues; print ranked hits with highlighted snippets and venue counts")
        {
            query, index, limit, offset, venue, year, sort, format, color, explain, queries, stats,
        };
        command.SetAction(parsed =>
        {
            var words = parsed.GetValue(query) ?? [];
            var queryFile = parsed.GetValue(queries);
            if ((words.Length == 0) == (queryFile is null))
            {
                throw new UsageException(queryFile is null
                    ? "no query given; type one (e.g. search-abstracts search quantization) or name a file with --queries FILE"
                    : "give either a QUERY or --queries FILE, not both");
            }
            if (parsed.GetValue(stats) && queryFile is null)
            {
                throw new UsageException("--stats times a batch of queries; use it with --queries FILE");
            }
            var batch = queryFile is null ? null : QueryFile.Read(console.Resolve(queryFile));
            var (from, to) = YearRange.Parse(parsed.GetValue(year));
            var request = new SearchRequest
            {
                Query = string.Join(' ', words),
                Limit = parsed.GetValue(limit),
                Offset = parsed.GetValue(offset),
                Venues = parsed.GetValue(venue) ?? [],
                YearFrom = from,
                YearTo = to,
                Sort = parsed.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance,
                Explain = parsed.GetValue(explain),
            };
            using var abstracts = IndexOpener.OpenForReading(parsed.GetValue(index), console);
            if (batch is not null)
            {
                return BatchSearch.Run(abstracts, batch, request, parsed.GetValue(stats), console);
            }
            var results = abstracts.Search(request);
            foreach (var notice in results.Notices)
            {
                console.Error.WriteLine($"{ErrorReporter.Program}: note: {notice}");
            }
            if (parsed.GetValue(format) == "json")
            {
                JsonResultsWriter.Write(results, request, console.Out);
            }
            else
            {
                TextResultsWriter.Write(results, request, console.Out, CommonOptions.UseColor(parsed.GetValue(color)!, console));
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
