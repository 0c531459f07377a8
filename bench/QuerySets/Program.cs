using System.Globalization;
using SearchAbstracts.Bench.QuerySets;

switch (args)
{
    case ["generate", var corpus, var outDir, .. var rest] when rest is [] or ["--seed", _]:
        {
            var seed = rest is [_, var text] ? ulong.Parse(text, CultureInfo.InvariantCulture) : QuerySetGenerator.DefaultSeed;
            QuerySetGenerator.Generate(corpus, outDir, seed, Console.Out);
            return 0;
        }
    case ["known-item", var results]:
        Console.WriteLine(KnownItemCounter.Describe(results));
        return 0;
    default:
        Console.Error.WriteLine("""
            usage: query-sets generate CORPUS.jsonl[.gz] OUT_DIR [--seed N]   writes OUT_DIR/titles.tsv and OUT_DIR/topical.tsv
                   query-sets known-item RESULTS.jsonl                         share of lines whose hits[0].id equals query_id
            """);
        return 1;
}
