using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>Papers with every field set at random: titles and abstracts of plain words mixed with Unicode, markup and terminal escapes.</summary>
internal static class GeneratedPaper
{
    /// <summary>Words that always survive analysis (no stop words): a phrase holding one of them has something to match.</summary>
    public static readonly string[] Plain =
    [
        "quantization", "attention", "sparse", "kernels", "pipeline", "parallelism", "tensor", "compiler", "graph", "retrieval", "naïve",
        "Schrödinger", "Zürich", "量子化", "データ", "Ελληνικά", "façade", "straße", "C++", "x86", "3D", "ResNet-50",
    ];

    /// <summary>Words with a meaning somewhere else: HTML, entities, ANSI escapes, quotes, query syntax, stop words.</summary>
    public static readonly string[] Odd =
    [
        "<script>alert(1)</script>", "&amp;", "&lt;b&gt;", "\u001b[31m", "\u001b[0m", "\"quoted\"", "'single'", "a\\b", "(MoE)", "[1]", "{x}",
        "50%", "—", "…", "model’s", "emoji😀", "e.g.,", "title:", "AND", "OR", "NOT", "+", "-", "*", "?", "~", "^2", "the", "of", "a",
        "\u202Eevil", "\u00A0nbsp", "tab\there",
    ];

    private static readonly Gen<string> Word = Gen.Frequency((3, Gen.Elements(Plain)), (2, Gen.Elements(Odd)));

    private static readonly Gen<string> Name =
        from first in Gen.Elements("Ana", "Bjørn", "Chidi", "Dương", "Émile", "李")
        from last in Gen.Elements("Müller", "O'Neill", "Okafor", "Søren", "<b>Bold</b>", "Smith-Jones")
        select $"{first} {last}";

    public static Gen<Paper> One { get; } =
        from title in Text(2, 12)
        from summary in Text(0, 60)
        from venue in Gen.Elements("Big Data Mining and Analytics", "Journal of <i>Things</i> & Stuff", "量子计算学报", "")
        from year in Gen.Choose(1900, 2100).Select(y => (int?)y).Or(Gen.Constant<int?>(null))
        from authors in Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Name, n))
        from categories in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(Gen.Elements("cs.CL", "cs.LG", "q-bio.NC", "math.OC", "physics.comp-ph"), n))
        from number in Gen.Choose(1, 999)
        from day in Gen.Choose(0, 4000)
        from type in Gen.Elements("research", "survey", "review", "perspective", "letter to the editor")
        from open in Gen.Elements(true, false)
        from downloads in Gen.Choose(0, 100_000).Select(d => (int?)d).Or(Gen.Constant<int?>(null))
        select new Paper
        {
            Id = $"gen-{number}-{Guid.NewGuid():N}",
            Title = title,
            Abstract = summary,
            Venue = venue,
            Year = year,
            Volume = number % 3 == 0 ? null : $"{number}A",
            Issue = number % 4 == 0 ? null : $"{number % 12}-{(number % 12) + 1}",
            FirstPage = number % 5 == 0 ? null : $"e{number}",
            LastPage = number % 2 == 0 ? null : $"{number + 10}",
            Published = day == 0 ? null : new DateOnly(2000, 1, 1).AddDays(day),
            ArticleType = type,
            OpenAccess = open,
            PdfSize = open ? $"{number % 10}.{number % 7} MB" : null,
            Downloads = downloads,
            Authors = authors,
            Categories = categories,
            Source = number % 2 == 0 ? null : $"/data/file {number}.jsonl",
        };

    /// <summary>Words joined by single spaces, starting with a plain word so that the text is never only punctuation.</summary>
    private static Gen<string> Text(int min, int max) =>
        from anchor in Gen.Elements(Plain)
        from count in Gen.Choose(min, max)
        from words in Gen.ArrayOf(Word, count)
        select string.Join(' ', words.Prepend(anchor));
}
