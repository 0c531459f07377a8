using Lucene.Net.Analysis;

namespace SearchAbstracts.Analysis;

/// <summary>
/// The per-field analyzer of the index (or of queries): <see cref="EnglishTextAnalyzer"/> for every field not named
/// otherwise. Unlike Lucene's <c>PerFieldAnalyzerWrapper</c> it says which fields get the English text analyzer, so
/// that the highlighter can take the short way through them (<see cref="EnglishTextAnalyzer.Tokenizer"/>).
/// </summary>
internal sealed class PaperAnalyzer : AnalyzerWrapper
{
    private readonly Analyzer _text;
    private readonly IReadOnlyDictionary<string, Analyzer> _perField;

    /// <param name="text">The English text analyzer, for every other field.</param>
    /// <param name="perField">Analyzers of the fields that are not English text.</param>
    public PaperAnalyzer(EnglishTextAnalyzer text, IReadOnlyDictionary<string, Analyzer> perField)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        _text = text;
        _perField = perField;
    }

    /// <summary>Whether <paramref name="field"/> is read by the English text analyzer.</summary>
    public bool IsEnglishText(string field) => !_perField.ContainsKey(field);

    protected override Analyzer GetWrappedAnalyzer(string fieldName) =>
        _perField.TryGetValue(fieldName, out var analyzer) ? analyzer : _text;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _text.Dispose();
            foreach (var analyzer in _perField.Values)
            {
                analyzer.Dispose();
            }
        }
        base.Dispose(disposing);
    }
}
