using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Benchmarks;

/// <summary>
/// Analyzer throughput: a fixed set of abstracts through the index-time chain of the abstract field
/// (<see cref="PaperAnalyzers.Create"/>: standard tokenizer, possessives, lower case, folding, stop words, Porter).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks : IThroughputBenchmark
{
    private Analyzer _analyzer = null!;
    private string[] _abstracts = [];
    private int _expectedTokens;

    /// <summary>Abstracts analyzed per operation.</summary>
    [Params(1000)]
    public int Abstracts { get; set; } = 1000;

    /// <summary>The arXiv corpus to take abstracts from, or null for synthetic ones (the default when it is absent).</summary>
    public string? Corpus { get; set; } = BenchmarkPaths.Corpus();

    public string Unit => "tokens";

    public double UnitsPerOperation => _expectedTokens;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = PaperAnalyzers.Create();
        _abstracts = [.. BenchmarkPapers.Load(Corpus, Abstracts).Select(p => p.Abstract)];
        _expectedTokens = CountTokens();
        // Stop words go, everything else stays: an abstract keeps well over a third of its words as terms.
        var words = _abstracts.Sum(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        BenchmarkCheck.That(_expectedTokens > words * 0.4 && _expectedTokens < words * 1.5, $"{_expectedTokens} tokens from {words} words");
    }

    [GlobalCleanup]
    public void Cleanup() => _analyzer.Dispose();

    /// <summary>Every token of every abstract, as the index writer pulls them.</summary>
    [Benchmark]
    public int AnalyzeAbstracts()
    {
        var tokens = CountTokens();
        BenchmarkCheck.That(tokens == _expectedTokens, $"{tokens} tokens, {_expectedTokens} expected");
        return tokens;
    }

    private int CountTokens()
    {
        var tokens = 0;
        foreach (var text in _abstracts)
        {
            using var stream = _analyzer.GetTokenStream(PaperFields.Abstract, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens += term.Length > 0 ? 1 : 0;
            }
            stream.End();
        }
        return tokens;
    }
}
