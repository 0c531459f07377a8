using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Author names: standard tokenizer → lower case → accent folding. No stop words or stemming, which would
/// mangle names (<c>Chan</c>, <c>An</c>, <c>Wong</c>), so <c>author:muller</c> finds <c>Müller</c>.
/// </summary>
internal sealed class NameAnalyzer : Analyzer
{
    /// <summary>Positions left between two authors of a paper: a phrase (<c>author:"wei li"</c>) matches within one author's name, not across two.</summary>
    public const int GapBetweenAuthors = 100;

    public override int GetPositionIncrementGap(string fieldName) => GapBetweenAuthors;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        // Lucene's standard tokenizer, read by a direct scan when the name is ASCII (most are; see the tokenizer).
        var source = new AsciiFastStandardTokenizer(reader);
        TokenStream stream = new LowerCaseFilter(LuceneSettings.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
