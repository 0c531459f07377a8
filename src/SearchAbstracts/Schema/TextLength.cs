using Lucene.Net.Analysis;
using SearchAbstracts.Analysis;

namespace SearchAbstracts.Schema;

/// <summary>
/// The token stream of a field whose postings are written from a <see cref="TextPostingsBuffer"/> (title, abstract
/// and the flat text): no tokens, but the length BM25 needs for the field's norm, which
/// <see cref="IndexingSimilarity"/> reads from here. Length and overlaps are what Lucene counted when it inverted the
/// tokens itself.
/// </summary>
internal sealed class TextLength : TokenStream
{
    /// <summary>Tokens in the field.</summary>
    public int Length { get; private set; }

    /// <summary>Of those, tokens at the same position as the one before (none with the English analyzer).</summary>
    public int Overlaps { get; private set; }

    /// <summary>Makes this stream stand for <paramref name="parts"/> indexed one after the other (reuse saves creating its attributes per document).</summary>
    public TextLength Of(params AnalyzedText[] parts) => After(null, parts);

    /// <summary>
    /// Makes this stream stand for <paramref name="parts"/> at the positions they have after <paramref name="before"/>
    /// (the abstract after the title): the first token's increment includes the span of <paramref name="before"/>.
    /// </summary>
    public TextLength After(AnalyzedText? before, params AnalyzedText[] parts)
    {
        int length = 0, overlaps = 0;
        var carried = before?.PositionSpan ?? 0;
        foreach (var part in parts)
        {
            for (var token = 0; token < part.Count; token++)
            {
                if (part.Increment(token) + carried == 0)
                {
                    overlaps++;
                }
                carried = 0;
                length++;
            }
            carried += part.TrailingIncrement;
        }
        (Length, Overlaps) = (length, overlaps);
        return this;
    }

    public override bool IncrementToken() => false;
}
