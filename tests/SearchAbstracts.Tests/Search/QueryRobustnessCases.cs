namespace SearchAbstracts.Tests.Search;

/// <summary>How a raw input must be read.</summary>
public enum Reading
{
    /// <summary>Valid syntax: searched as typed, with no "could not read" notice.</summary>
    Syntax,

    /// <summary>Not valid syntax: its words are searched and a notice says so.</summary>
    Words,

    /// <summary>Either reading is acceptable; only the matches are checked.</summary>
    Either,
}

/// <summary>One raw input and what searching for it must give.</summary>
/// <param name="Query">The text as pasted.</param>
/// <param name="Reading">Whether it is syntax or read leniently as words.</param>
/// <param name="Finds">Ids (space-separated) that must be among the hits.</param>
/// <param name="Exactly">When set, the ids (space-separated) of exactly the papers that match.</param>
/// <param name="First">The first id of <paramref name="Finds"/> must be the top hit.</param>
/// <param name="NoWords">Nothing searchable is left: no match and a notice saying so.</param>
internal sealed record QueryCase(string Query, Reading Reading, string Finds = "", string? Exactly = null, bool First = false, bool NoWords = false);

/// <summary>The papers and the table of raw inputs of <see cref="QueryRobustnessTests"/>.</summary>
internal static class QueryRobustnessCases
{
    public static Paper[] Papers { get; } =
    [
        Make("cpp", "Zero-overhead tensor abstractions in C++",
            "We present a header-only C++ library for tensor kernels, e.g. fused attention and convolutions, and compare it with hand-written CUDA.", 2022),
        Make("csharp", "Finding async deadlocks in C# programs",
            "Blocking waits on tasks, i.e., calls to Result or Wait, freeze C# applications with a UI thread. Questions to jane.doe@example.org.", 2023),
        Make("int8", "8-bit quantization of large language models",
            "We quantize weights and activations to 8-bit integers with under one percent accuracy loss on six benchmarks. A Japanese summary (8ビット量子化) is included.", 2024),
        Make("kernels", "Quantized attention kernels for GPUs",
            "Low-bit matrix kernels speed up attention on consumer graphics cards.", 2025),
        Make("resnet", "Revisiting ResNet-50 training recipes",
            "Stronger augmentation and longer schedules lift ResNet-50 to 80.4% top-1 accuracy on ImageNet. Preprint at https://arxiv.org/abs/2401.00001.", 2021),
        Make("moe", "Sparse Mixture-of-Experts (MoE) layers at scale", MoeAbstract, 2026),
        Make("gmm", "Gaussian mixture models for speaker clustering",
            "A mixture of Gaussians groups speakers in meeting recordings without labels.", 2019),
        Make("covid", "Forecasting COVID-19 hospital admissions",
            "Weekly COVID-19 admissions are forecast from wastewater signals; an earlier version appeared as 10.1145/3600006.3613165.", 2021),
        Make("pipeline", "Pipeline parallelism for trillion-parameter training",
            "Pipeline parallelism splits the layers of a network across devices and overlaps micro-batches to hide bubbles.", 2024),
        Make("near", "Hybrid pipeline and tensor parallelism",
            "Combining both forms of model splitting cuts memory per device on large clusters.", 2025),
        Make("far", "Scheduling streaming data pipelines",
            "Operators of a streaming data pipeline are placed on workers to balance load; unlike data parallelism in training, each operator keeps state.", 2020),
        Make("codesign", "Hardware-software co-design of sparse accelerators",
            "Working with domain experts, we co-design a sparse tensor accelerator and its compiler.", 2023),
        Make("ab", "Online A/B testing of ranking models",
            "We run A/B tests on a search engine and report how often offline metrics predict the winner.", 2022),
    ];

    /// <summary>The MoE abstract pasted over and over, to at least 5,000 characters.</summary>
    public static string Paragraph { get; } = string.Join(' ', Enumerable.Repeat(MoeAbstract, (5000 / MoeAbstract.Length) + 1));

    private static Paper Make(string id, string title, string abstractText, int year) =>
        TestPapers.Make(id, title, abstractText, venue: "Computing Reviews", year: year);

    /// <summary>Every raw input, keyed by a short label (the input itself unless it is long); after <see cref="Paragraph"/>, which it uses.</summary>
    public static IReadOnlyDictionary<string, QueryCase> All { get; } = Build();

    private const string MoeAbstract =
        "Sparse Mixture-of-Experts (MoE) models route each token to a few experts, so capacity grows without a matching growth " +
        "in compute. What is MoE routing actually learning? We study load balancing when the router is unbalanced, e.g. when a " +
        "handful of experts receive most tokens, and propose an auxiliary loss that keeps expert utilization even across 64 devices.";

    private static Dictionary<string, QueryCase> Build()
    {
        var cases = new Dictionary<string, QueryCase>(StringComparer.Ordinal);
        void Add(QueryCase c, string? label = null) => cases.Add(label ?? c.Query, c);

        // Words with punctuation, as pasted.
        Add(new("C++", Reading.Syntax, Finds: "cpp"));
        Add(new("c#", Reading.Syntax, Finds: "csharp"));
        Add(new("8-bit quantization", Reading.Syntax, Finds: "int8"));
        Add(new("ResNet-50", Reading.Syntax, Finds: "resnet"));
        Add(new("COVID-19", Reading.Syntax, Finds: "covid"));
        Add(new("co-design", Reading.Syntax, Finds: "codesign"));
        Add(new("what is MoE?", Reading.Either, Finds: "moe"));
        Add(new("a/b testing", Reading.Words, Finds: "ab"));
        Add(new("quant?zation", Reading.Syntax, Finds: "int8"));
        Add(new("🚀 quantization", Reading.Syntax, Finds: "int8"));
        Add(new("量子化", Reading.Syntax, Finds: "int8"));
        Add(new("https://arxiv.org/abs/2401.00001", Reading.Either, Finds: "resnet"));
        Add(new("jane.doe@example.org", Reading.Syntax, Finds: "csharp"));
        Add(new("10.1145/3600006.3613165", Reading.Words, Finds: "covid"));
        Add(new("e.g.", Reading.Syntax, Finds: "cpp moe"));
        Add(new("i.e.,", Reading.Syntax, Finds: "csharp"));

        // Broken syntax around words: read as words.
        Add(new("title:", Reading.Words));
        Add(new("title: ", Reading.Words));
        Add(new("abstract:", Reading.Words));
        Add(new("year:", Reading.Words));
        Add(new("\"unbalanced", Reading.Words, Finds: "moe"));
        Add(new("(unbalanced", Reading.Words, Finds: "moe"));
        Add(new("unbalanced)", Reading.Words, Finds: "moe"));
        Add(new("quantization AND", Reading.Words, Finds: "int8"));
        Add(new("OR quantization", Reading.Words, Finds: "int8"));
        Add(new("quantization^", Reading.Words, Finds: "int8"));
        Add(new("quantization^abc", Reading.Words, Finds: "int8"));
        Add(new("[2024 TO", Reading.Words));
        Add(new("title:(foo", Reading.Words));
        Add(new("title:(quantization", Reading.Words, Finds: "int8 kernels"));
        Add(new("\"pipeline parallelism\"~abc", Reading.Either, Finds: "pipeline"));

        // Only operators or punctuation: nothing to search, said in a notice.
        foreach (var junk in new[] { "-", "--", "+", "!", "AND", "NOT", "/", ":", "::", "\\", "?", "~", "^", "{", "}", "&&", "||", "\"" })
        {
            Add(new(junk, Reading.Words, NoWords: true));
        }
        Add(new("\\\\", Reading.Syntax, NoWords: true));
        Add(new("\"\"", Reading.Syntax, NoWords: true));
        Add(new("\"  \"", Reading.Syntax, NoWords: true));

        // Valid syntax keeps its meaning.
        Add(new("*", Reading.Syntax, Exactly: string.Join(' ', Papers.Select(p => p.Id))));
        Add(new("pipeline parallelism", Reading.Syntax, Exactly: "pipeline near far"));
        Add(new("\"pipeline parallelism\"", Reading.Syntax, Exactly: "pipeline"));
        Add(new("\"pipeline parallelism\"~3", Reading.Syntax, Exactly: "pipeline near"));
        Add(new("mixture experts", Reading.Syntax, Exactly: "moe gmm codesign"));
        Add(new("\"mixture of experts\"", Reading.Syntax, Exactly: "moe"));
        Add(new("title:\"mixture of experts\"", Reading.Syntax, Exactly: "moe"));
        Add(new("+mixture -experts", Reading.Syntax, Exactly: "gmm"));
        Add(new("+quantization -kernels", Reading.Syntax, Exactly: "int8"));
        Add(new("quantization AND kernels", Reading.Syntax, Exactly: "kernels"));
        Add(new("quantization OR parallelism", Reading.Syntax, Exactly: "int8 kernels pipeline near far"));
        Add(new("quantization NOT kernels", Reading.Syntax, Exactly: "int8"));
        Add(new("a && b", Reading.Syntax, Exactly: "ab"));
        Add(new("title:quantization", Reading.Syntax, Exactly: "int8 kernels"));
        Add(new("year:[2024 TO 2026]", Reading.Syntax, Exactly: "int8 kernels moe pipeline near"));
        Add(new("quant*", Reading.Syntax, Exactly: "int8 kernels"));
        Add(new("atention~", Reading.Syntax, Exactly: "cpp kernels ab")); // ab: its stem "test" is two edits from "atent"
        Add(new("((((((quantization))))))", Reading.Syntax, Exactly: "int8 kernels"));

        // Size.
        Add(new(Paragraph, Reading.Either, Finds: "moe", First: true), "5,000-character paragraph");
        Add(new(string.Join(' ', Enumerable.Repeat("quantization", 300)), Reading.Syntax, Finds: "int8"), "300 x quantization");
        Add(new(string.Join(' ', Enumerable.Repeat("quantization", 3000)), Reading.Either, Finds: "int8"), "3000 x quantization");
        Add(new(new string('(', 200) + "quantization" + new string(')', 200), Reading.Either, Finds: "int8"), "200 nested parentheses");
        return cases;
    }
}
