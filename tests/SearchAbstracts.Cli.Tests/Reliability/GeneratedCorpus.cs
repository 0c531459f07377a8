using System.Globalization;
using System.Text;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// A deterministic JSON Lines corpus large enough that indexing it takes seconds: record <c>i</c> (1-based) has id
/// <c>{prefix}{i:00000}</c>, venue <c>Venue {i % 7}</c> and year <c>2000 + i % 25</c>, and pseudo-words drawn from
/// a fixed vocabulary. Since <c>index</c> commits records in input order, every commit of this corpus into a new
/// index holds a prefix of it, and the venue and year counts of that prefix are known (<see cref="VenueCounts"/>).
/// </summary>
internal static class GeneratedCorpus
{
    /// <summary>The size the reliability tests use (issue 5: "a large input, e.g. 20k records").</summary>
    public const int Records = 20_000;

    private const int TitleWords = 8;
    private const int AbstractWords = 40;

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ne", "ra", "tu", "vi", "zo", "pe", "sa", "qu", "ex", "tri", "gen", "mor", "lat", "fin", "dro", "pli", "stan"];

    /// <summary>Writes <paramref name="count"/> records to <paramref name="path"/> and returns the path.</summary>
    public static string Write(string path, int count = Records, string prefix = "g")
    {
        var random = new Random(20_000 + prefix.Length);
        var vocabulary = Enumerable.Range(0, 5_000)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)])))
            .ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var line = new StringBuilder();
        for (var i = 1; i <= count; i++)
        {
            line.Clear();
            line.Append(CultureInfo.InvariantCulture, $"{{\"_id\":\"{Id(i, prefix)}\",\"title\":\"");
            AppendWords(line, vocabulary, random, TitleWords);
            line.Append("\",\"text\":\"");
            AppendWords(line, vocabulary, random, AbstractWords);
            line.Append(CultureInfo.InvariantCulture, $"\",\"metadata\":{{\"venue\":\"{Venue(i)}\",\"year\":{Year(i)}}}}}");
            writer.Write(line);
            writer.Write('\n');
        }
        return path;
    }

    public static string Id(int record, string prefix = "g") => prefix + record.ToString("00000", CultureInfo.InvariantCulture);

    public static string Venue(int record) => "Venue " + (record % 7).ToString(CultureInfo.InvariantCulture);

    public static int Year(int record) => 2000 + (record % 25);

    /// <summary>The ids of the first <paramref name="count"/> records, in order.</summary>
    public static IEnumerable<string> Prefix(int count, string prefix = "g") => Enumerable.Range(1, count).Select(i => Id(i, prefix));

    /// <summary>Papers by venue in the first <paramref name="count"/> records (venues with none left out).</summary>
    public static Dictionary<string, int> VenueCounts(int count) =>
        Enumerable.Range(1, count).GroupBy(Venue).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Papers by year in the first <paramref name="count"/> records (years with none left out).</summary>
    public static Dictionary<int, int> YearCounts(int count) =>
        Enumerable.Range(1, count).GroupBy(Year).ToDictionary(g => g.Key, g => g.Count());

    private static void AppendWords(StringBuilder line, string[] vocabulary, Random random, int count)
    {
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                line.Append(' ');
            }
            line.Append(vocabulary[random.Next(vocabulary.Length)]);
        }
    }
}
