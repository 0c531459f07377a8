using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchAbstracts.Analysis;

/// <summary>
/// The chain for title, abstract and venue text, used at index and at query time so that a query word
/// and the word in the abstract reduce to the same term: standard tokenizer (<see cref="AsciiFastStandardTokenizer"/>) → English possessive
/// (also strips <c>’s</c>) → lower case → accent folding → English stop words → Porter stemmer.
/// </summary>
/// <remarks>
/// This is <see cref="EnglishAnalyzer"/> plus <see cref="ASCIIFoldingFilter"/>: folding runs before the
/// stop filter and the stemmer so that <c>naïve</c> and <c>naive</c> stem alike.
/// </remarks>
internal sealed class EnglishTextAnalyzer : Analyzer
{
    private readonly bool _queryStopWords;

    /// <param name="queryStopWords">Also drop <see cref="QueryStopWords"/>: for parsing queries only, never for indexing.</param>
    public EnglishTextAnalyzer(bool queryStopWords = false) => _queryStopWords = queryStopWords;

    /// <summary>
    /// The analyzer's first step alone: its tokenizer, whose tokens' positions and offsets are those of the analyzed
    /// text (the filters after it drop stop words but keep their positions, and never move offsets).
    /// </summary>
    public static Analyzer Tokenizer { get; } = new TokenizerOnly();

    /// <summary>
    /// One analyzer (without query stop words) for indexing title and abstract and for the stems of acronym long
    /// forms: the same per-thread word cache serves both, so a long form's words are found where the paper's own words
    /// just were, instead of in a second cache used a few times per paper (whose slots had left the processor's cache
    /// by then: the look-ups were a fifth of the acronym definitions' time on arXiv 115k, perf).
    /// </summary>
    public static EnglishTextAnalyzer Shared { get; } = new();

    private static AsciiFastStandardTokenizer CreateTokenizer(TextReader reader) => new(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = CreateTokenizer(reader);
        // Every filter after the tokenizer depends on the word alone, so each distinct word goes through them once.
        var stream = new CachedTermFilter(source, word =>
        {
            TokenStream filters = new EnglishPossessiveFilter(LuceneSettings.Version, word);
            filters = new LowerCaseFilter(LuceneSettings.Version, filters);
            filters = new ASCIIFoldingFilter(filters);
            filters = new StopFilter(LuceneSettings.Version, filters, EnglishAnalyzer.DefaultStopSet);
            if (_queryStopWords)
            {
                filters = new StopFilter(LuceneSettings.Version, filters, QueryStopWords.Set);
            }
            return new PorterStemFilter(filters);
        });
        return new TokenStreamComponents(source, stream);
    }

    private sealed class TokenizerOnly : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) => new(CreateTokenizer(reader));
    }
}
