using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>The content of one generated bibliographic record, written out by a <see cref="ReaderFormat"/>.</summary>
internal sealed record RecordContent(
    string Key,
    string Title,
    string Abstract,
    string Venue,
    int Year,
    int Volume,
    int Issue,
    int FirstPage,
    int LastPage,
    IReadOnlyList<(string Last, string First)> Authors,
    bool OpenAccess)
{
    /// <summary>
    /// Words a record is made of: plain English, accents and other scripts, a surrogate pair, and text that means
    /// something elsewhere (HTML, entities, ANSI escapes, quotes, commas). None holds a brace or a backslash, so
    /// every format can write them without escaping rules of its own.
    /// </summary>
    public static readonly string[] Words =
    [
        "quantization", "attention", "sparse", "Mixture-of-Experts", "graph", "neural", "kernels", "LLM", "GPU", "training",
        "data", "x86", "3D", "models", "of", "the", "naïve", "Schrödinger", "Ωmega", "量子化", "データ", "Ελληνικά", "façade",
        "straße", "emoji😀", "Zürich", "<script>alert(1)</script>", "&amp;", "\u001b[31mred\u001b[0m", "C++", "(MoE)", "e.g.,",
        "50%", "—", "…", "model’s", "\"quoted\"", "a,b", "semi;colon", "tab\there", "a/b", "#1", "$x$", "~tilde", "@home",
    ];

    private static readonly string[] Venues =
    [
        "Big Data Mining and Analytics", "Journal of Computer Science and Technology", "Tsinghua Science and Technology",
    ];

    private static readonly string[] Names = ["Müller", "O'Neill", "Chen", "Okafor", "Søren", "Ng", "Smith-Jones", "Łukasz"];

    /// <summary>Records numbered <paramref name="count"/>; the number makes keys and first pages (hence every id) distinct.</summary>
    public static Gen<RecordContent[]> Many(int count) => Gen.CollectToArray(Enumerable.Range(0, count).Select(One));

    /// <summary>Record number <paramref name="number"/> of a file.</summary>
    public static Gen<RecordContent> One(int number) =>
        from title in Text(3, 8)
        from summary in Text(5, 30)
        from venue in Gen.Elements(Venues)
        from year in Gen.Choose(1990, 2030)
        from volume in Gen.Choose(1, 60)
        from issue in Gen.Choose(1, 12)
        from length in Gen.Choose(1, 30)
        from authors in Gen.ListOf(Gen.Zip(Gen.Elements(Names), Gen.Elements(Names)), 3)
        from open in Gen.Elements(true, false)
        select new RecordContent($"key{number}x{year}", title, summary, venue, year, volume, issue, 100 + (100 * number),
            100 + (100 * number) + length, authors.Take(1 + (number % 3)).ToList(), open);

    /// <summary>A line of <paramref name="min"/> to <paramref name="max"/> words that always holds a plain word (so it never looks empty).</summary>
    private static Gen<string> Text(int min, int max) =>
        from count in Gen.Choose(min, max)
        from words in Gen.ArrayOf(Gen.Elements(Words), count)
        from anchor in Gen.Elements("Quantized", "Scalable", "Efficient", "Robust")
        select anchor + " " + string.Join(' ', words);

    public override string ToString() => $"record {Key}: {Title}";
}
