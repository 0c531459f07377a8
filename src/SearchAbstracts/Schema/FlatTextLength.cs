using Lucene.Net.Analysis;
using SearchAbstracts.Analysis;

namespace SearchAbstracts.Schema;

/// <summary>
/// The flat <c>text</c> field's token stream: no tokens (its postings are made from the title's and the abstract's,
/// see <see cref="FlatTextFieldsConsumer"/>), but the length BM25 needs for its norm, which
/// <see cref="IndexingSimilarity"/> reads from here: the length and overlaps of replaying title and abstract.
/// </summary>
internal sealed class FlatTextLength : TokenStream
{
    /// <summary>Tokens in title and abstract together.</summary>
    public int Length { get; private set; }

    /// <summary>Of those, tokens at the same position as the one before (none with the English analyzer).</summary>
    public int Overlaps { get; private set; }

    /// <summary>Makes this stream stand for <paramref name="title"/> followed by <paramref name="summary"/> (reuse saves creating its attributes per document).</summary>
    public FlatTextLength Of(AnalyzedText title, AnalyzedText summary)
    {
        (Length, Overlaps) = ReplayTokenStream.Measure(title, summary);
        return this;
    }

    public override bool IncrementToken() => false;
}
