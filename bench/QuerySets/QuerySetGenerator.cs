using System.Globalization;
using System.Text.RegularExpressions;

namespace SearchAbstracts.Bench.QuerySets;

/// <summary>
/// Writes the two query sets of the comparison, deterministically from the corpus and a seed:
/// <c>titles.tsv</c>, the titles of <see cref="TitleCount"/> papers drawn at random (known-item queries: the query id
/// is the paper id), and <c>topical.tsv</c>, <see cref="TopicalCount"/> short topical queries drawn from the word
/// n-grams that recur in titles (see <see cref="TitleNgrams"/>).
/// </summary>
internal static partial class QuerySetGenerator
{
    public const ulong DefaultSeed = 20261128;
    public const int TitleCount = 1000;
    public const int TopicalCount = 300;

    /// <summary>
    /// Topical queries by length: (words, how many, minimum number of titles the n-gram must occur in). Drawn
    /// uniformly from each pool, so common and rarer topics both appear, not just the head of the list.
    /// </summary>
    private static readonly (int Words, int Count, int MinTitles)[] TopicalMix = [(1, 90, 100), (2, 120, 25), (3, 90, 10)];

    public static void Generate(string corpus, string outDir, ulong seed, TextWriter log)
    {
        var papers = CorpusReader.Read(corpus)
            .Select(record => (record.Id, Title: OneLine(record.Title)))
            .Where(paper => paper.Title.Length > 0)
            .ToList();
        var random = new SplitMix64(seed);
        Directory.CreateDirectory(outDir);

        var titles = random.Sample(papers, TitleCount);
        File.WriteAllLines(Path.Combine(outDir, "titles.tsv"), titles.Select(paper => $"{paper.Id}\t{paper.Title}"));

        var ngrams = TitleNgrams.Count(papers.Select(paper => paper.Title));
        var topical = new List<string>();
        foreach (var (words, count, minTitles) in TopicalMix)
        {
            var pool = ngrams
                .Where(entry => entry.Key.Count(c => c == ' ') == words - 1 && entry.Value >= minTitles)
                .OrderByDescending(entry => entry.Value)
                .ThenBy(entry => entry.Key, StringComparer.Ordinal)
                .Select(entry => entry.Key)
                .ToList();
            if (pool.Count < count)
            {
                throw new InvalidOperationException($"only {pool.Count} {words}-word title n-grams occur in {minTitles}+ titles; {count} needed");
            }
            topical.AddRange(random.Sample(pool, count));
            log.WriteLine($"{words}-word topics: {count} drawn from {pool.Count} that occur in {minTitles}+ titles");
        }
        File.WriteAllLines(Path.Combine(outDir, "topical.tsv"),
            topical.Select((text, i) => string.Create(CultureInfo.InvariantCulture, $"topical-{i + 1:000}\t{text}")));
        log.WriteLine($"wrote {titles.Count} titles and {topical.Count} topical queries to {outDir} (seed {seed}, {papers.Count} papers)");
    }

    /// <summary>Tabs and line breaks would break the TSV line; runs of white space become one space.</summary>
    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
