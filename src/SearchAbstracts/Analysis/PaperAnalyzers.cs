using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Analysis;

/// <summary>Builds the per-field analyzer shared by the index writer, the query parser and the highlighter.</summary>
internal static class PaperAnalyzers
{
    /// <param name="queryStopWords">For query parsing: also drop <see cref="QueryStopWords"/> from English text.</param>
    public static PaperAnalyzer Create(bool queryStopWords = false)
    {
        var text = new EnglishTextAnalyzer(queryStopWords);
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [PaperFields.Id] = new KeywordAnalyzer(),
            [PaperFields.Type] = new KeywordAnalyzer(),
            [PaperFields.VenueExact] = new KeywordAnalyzer(),
            [PaperFields.Category] = new KeywordAnalyzer(),
            [PaperFields.Acronym] = new KeywordAnalyzer(),
            [PaperFields.AcronymLongForm] = new KeywordAnalyzer(),
            [PaperFields.Author] = new NameAnalyzer(),
            [PaperFields.Compound] = new CompoundAnalyzer(),
        };
        return new PaperAnalyzer(text, perField);
    }
}
