using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

using SearchAbstracts.Analysis;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// Plays back one or more <see cref="AnalyzedText"/>s as a single token stream, as if their texts had been
/// analyzed one after the other (title, line break, abstract): the terms, the position increments and so the
/// field length BM25 uses are exactly those of analyzing the joined text. Lucene inverted title, abstract and the
/// flat field from these streams before they were buffered (<c>Schema.TextPostingsBuffer</c>); the tests index them
/// as the reference the buffered fields must equal.
/// </summary>
internal sealed class ReplayTokenStream : TokenStream
{
    private AnalyzedText[] _parts;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private int _part;
    private int _token;
    private int _carried;
    private int _skipped;

    public ReplayTokenStream(params AnalyzedText[] parts)
    {
        _parts = parts;
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Makes the stream replay <paramref name="parts"/> from the start (reuse saves creating its attributes per document).</summary>
    public ReplayTokenStream Replay(params AnalyzedText[] parts)
    {
        _parts = parts;
        _skipped = 0;
        Reset();
        return this;
    }

    /// <summary>
    /// Makes the stream replay <paramref name="part"/> at the positions it has after <paramref name="before"/> in
    /// <c>Replay(before, part)</c>: the abstract field is indexed where the abstract is in the flat field, so that the
    /// flat field's postings are the title's followed by the abstract's.
    /// Only the first token moves; increments, and so phrases and the field's length, are those of <c>Replay(part)</c>.
    /// </summary>
    public ReplayTokenStream ReplayAfter(AnalyzedText before, AnalyzedText part)
    {
        _parts = [part];
        _skipped = before.PositionSpan;
        Reset();
        return this;
    }

    public override bool IncrementToken()
    {
        while (_part < _parts.Length)
        {
            var part = _parts[_part];
            if (_token < part.Count)
            {
                ClearAttributes();
                _term.CopyBuffer(part.Buffer, part.Start(_token), part.Length(_token));
                // Stop words dropped at the end of one part push the next part's first token further along.
                _increment.PositionIncrement = part.Increment(_token) + _carried;
                _carried = 0;
                _token++;
                return true;
            }
            _carried += part.TrailingIncrement;
            _part++;
            _token = 0;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement = _carried;
    }

    public override void Reset()
    {
        base.Reset();
        _part = 0;
        _token = 0;
        _carried = _skipped;
    }
}
