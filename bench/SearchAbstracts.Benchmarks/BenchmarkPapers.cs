using SearchAbstracts.Bench;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// Papers to index and search: the first N records of the arXiv corpus when it is given, else synthetic papers made
/// from the seed listing's sentences (deterministic, so every run indexes the same text).
/// </summary>
internal static class BenchmarkPapers
{
    public static IReadOnlyList<Paper> Load(string? corpus, int count) =>
        corpus is null ? Synthetic(count) : FromCorpus(corpus, count);

    /// <summary>The corpus's first <paramref name="count"/> records, as the JSON Lines reader would map title and text.</summary>
    public static IReadOnlyList<Paper> FromCorpus(string corpus, int count)
    {
        var papers = CorpusReader.Read(corpus).Take(count)
            .Select(record => new Paper { Id = record.Id, Title = record.Title, Abstract = record.Text, Venue = "arXiv" })
            .ToList();
        BenchmarkCheck.That(papers.Count == count, $"{corpus} has {papers.Count} records, {count} wanted");
        return papers;
    }

    /// <summary>
    /// <paramref name="count"/> papers whose abstracts are 5–9 sentences drawn from the seed abstracts and whose
    /// titles are 4–10 words drawn from the seed titles; venues and years cycle through the seed's.
    /// </summary>
    public static IReadOnlyList<Paper> Synthetic(int count)
    {
        var seeds = SeedPapers();
        var sentences = seeds.SelectMany(p => p.Abstract.Split(". ", StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var titleWords = seeds.SelectMany(p => p.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(42);
        var papers = new List<Paper>(count);
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            papers.Add(new Paper
            {
                Id = $"synthetic-{i:D6}",
                Title = string.Join(' ', Enumerable.Range(0, random.Next(4, 11)).Select(_ => titleWords[random.Next(titleWords.Length)])),
                Abstract = string.Join(". ", Enumerable.Range(0, random.Next(5, 10)).Select(_ => sentences[random.Next(sentences.Length)])) + ".",
                Venue = seed.Venue,
                Year = seed.Year,
                ArticleType = seed.ArticleType,
            });
        }
        return papers;
    }

    /// <summary>The seed listing's papers (8), read with the library's own reader.</summary>
    public static IReadOnlyList<Paper> SeedPapers()
    {
        var result = ListingReader.ReadFile(BenchmarkPaths.SeedListing);
        BenchmarkCheck.That(result.Papers.Count == 8 && result.Skipped == 0, $"the seed listing gave {result.Papers.Count} papers, {result.Skipped} skipped; 8 expected");
        return result.Papers;
    }
}
