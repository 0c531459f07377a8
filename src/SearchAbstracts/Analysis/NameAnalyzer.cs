using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Author names: standard tokenizer → lower case → accent folding. No stop words or stemming, which would
/// mangle names (<c>Chan</c>, <c>An</c>, <c>Wong</c>), so <c>author:muller</c> finds <c>Müller</c>.
/// </summary>
internal sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneSettings.Version, reader);
        TokenStream stream = new LowerCaseFilter(LuceneSettings.Version, source);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(source, stream);
    }
}
