namespace SearchAbstracts.Cli.Tests.Commands;

/// <summary><c>eval</c>: metrics on a small judged corpus, run files, and its errors.</summary>
public sealed class EvalCommandTests : IDisposable
{
    private readonly TempWorkspace _workspace = new(withSeeds: false);

    public EvalCommandTests()
    {
        _workspace.WriteFile("corpus.jsonl", string.Join('\n',
            """{"_id": "d1", "title": "Quantization of language models", "text": "Low-bit weights shrink memory.", "metadata": {}}""",
            """{"_id": "d2", "title": "Pipeline parallelism", "text": "Stages overlap to keep devices busy.", "metadata": {}}""",
            """{"_id": "d3", "title": "Memory allocators", "text": "A fast allocator for supercomputers.", "metadata": {}}"""));
        _workspace.WriteFile("queries.jsonl", string.Join('\n',
            """{"_id": "q1", "text": "quantization: low-bit weights?"}""",
            """{"_id": "q2", "text": "fast memory allocator"}"""));
        _workspace.WriteFile("qrels.tsv", "query-id\tcorpus-id\tscore\nq1\td1\t1\nq2\td3\t2\n");
    }

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public void Eval_CorpusAndJson_PrintsTheDocumentedMetricKeys()
    {
        var result = _workspace.Run("eval", "--queries", "queries.jsonl", "--qrels", "qrels.tsv", "--corpus", "corpus.jsonl", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var root = result.Json().RootElement;
        foreach (var key in new[] { "ndcg@10", "recall@100", "recall@1000", "mrr@10", "map", "queries" })
        {
            Assert.True(root.TryGetProperty(key, out _), key);
        }
        Assert.Equal(2, root.GetProperty("queries").GetInt32());
        Assert.Equal(1.0, root.GetProperty("ndcg@10").GetDouble());
        Assert.Equal("default", root.GetProperty("profile").GetString());
        Assert.Contains("Indexed 3 papers", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_AllProfilesWithRunFile_PrintsATableAndWritesOneRunPerProfile()
    {
        var result = _workspace.Run("eval", "--queries", "queries.jsonl", "--qrels", "qrels.tsv", "--corpus", "corpus.jsonl",
            "--profile", "all", "--run", "out.trec");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("profile", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(result.OutLines, l => l.StartsWith("baseline-flat ", StringComparison.Ordinal));
        var run = File.ReadAllLines(_workspace.In("out.default.trec"));
        Assert.Equal("q1 Q0 d1 1", string.Join(' ', run[0].Split(' ').Take(4)));
        Assert.True(File.Exists(_workspace.In("out.baseline-flat.trec")));
    }

    [Fact]
    public void Eval_UnknownProfile_ExitsOneListingProfiles()
    {
        var result = _workspace.Run("eval", "--queries", "queries.jsonl", "--qrels", "qrels.tsv", "--corpus", "corpus.jsonl", "--profile", "bm42");

        TempWorkspace.AssertOneLineError(result, 1, "bm42", "baseline-flat");
    }

    [Fact]
    public void Eval_MissingQrels_ExitsTwoNamingTheFile()
    {
        var result = _workspace.Run("eval", "--queries", "queries.jsonl", "--qrels", "nope.tsv", "--corpus", "corpus.jsonl");

        TempWorkspace.AssertOneLineError(result, 2, "nope.tsv");
    }

    [Fact]
    public void Eval_BadQrelsLine_ExitsTwoNamingFileAndLine()
    {
        _workspace.WriteFile("bad.tsv", "query-id\tcorpus-id\tscore\nq1\td1\tlots\n");

        var result = _workspace.Run("eval", "--queries", "queries.jsonl", "--qrels", "bad.tsv", "--corpus", "corpus.jsonl");

        TempWorkspace.AssertOneLineError(result, 2, "bad.tsv:2");
    }
}
