using System.Diagnostics;
using System.Globalization;

namespace SearchAbstracts.Bench;

/// <summary>
/// The command line shared by the peer programs:
/// <c>index CORPUS DIR</c>, <c>search DIR QUERIES.tsv [--run FILE]</c> and <c>query DIR WORDS...</c> (one cold query).
/// </summary>
internal static class PeerProgram
{
    public static int Run(string name, string[] args, IPeerEngine engine)
    {
        var output = Console.Out;
        switch (args)
        {
            case ["index", var corpus, var target]:
                {
                    var watch = Stopwatch.StartNew();
                    var papers = engine.Index(corpus, target);
                    var seconds = watch.Elapsed.TotalSeconds;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"Indexed {papers} papers in {seconds:0.00} s ({papers / seconds:0} papers/s)"));
                    return 0;
                }
            case ["search", var target, var queryFile, .. var rest] when rest is [] or ["--run", _]:
                {
                    using var searcher = engine.OpenSearcher(target);
                    var queries = BenchQuery.ReadFile(queryFile);
                    QuerySetRunner.Run(queries, searcher.Search, rest is [_, var run] ? run : null, output);
                    return 0;
                }
            case ["query", var target, .. var words] when words.Length > 0:
                {
                    var watch = Stopwatch.StartNew();
                    using var searcher = engine.OpenSearcher(target);
                    var hits = searcher.Search(string.Join(' ', words));
                    for (var i = 0; i < hits.Count; i++)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1,2}. {hits[i].Id}  score {hits[i].Score:0.000}"));
                        output.WriteLine("    " + hits[i].Snippet.ReplaceLineEndings(" "));
                    }
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{hits.Count} hits ({watch.Elapsed.TotalMilliseconds:0.0} ms with opening the index)"));
                    return 0;
                }
            default:
                Console.Error.WriteLine($"""
                    usage: {name} index CORPUS.jsonl[.gz] DIR
                           {name} search DIR QUERIES.tsv [--run RUN.trec]
                           {name} query DIR WORDS...
                    """);
                return 1;
        }
    }
}
