using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace SearchAbstracts.Schema;

/// <summary>
/// Writes a flushed segment's postings: Lucene's for most fields, and for <c>abstract</c>, <c>author</c>,
/// <c>compound</c>, <c>text</c> and <c>title</c> the ones buffered from the segment's documents (<see cref="TextPostingsBuffer"/>), each slotted in
/// where its name falls among Lucene's, since the codec takes fields in name order.
/// </summary>
/// <remarks>Merging segments copies these fields like any other.</remarks>
internal sealed class TextFieldsConsumer : FieldsConsumer
{
    /// <summary>The buffered fields, in name order.</summary>
    private static readonly string[] BufferedFields = [PaperFields.Abstract, PaperFields.Author, PaperFields.Compound, PaperFields.Text, PaperFields.Title];

    private readonly FieldsConsumer _inner;
    private readonly SegmentWriteState _state;
    private readonly TextPostingsBuffer? _buffer;
    private TextPostingsBuffer.Sorted? _sorted;
    private int _nextBuffered;

    public TextFieldsConsumer(FieldsConsumer inner, SegmentWriteState state)
    {
        _inner = inner;
        _state = state;
        _buffer = TextPostingsBuffer.Take(state.SegmentInfo);
    }

    public override TermsConsumer AddField(FieldInfo field)
    {
        if (_buffer is not null)
        {
            if (Array.IndexOf(BufferedFields, field.Name) >= 0)
            {
                throw new InvalidOperationException(
                    $"field '{field.Name}' is written from the words buffered for the segment; a document must not index words into it (make documents with PaperDocumentMapper)");
            }
            WriteBufferedBefore(field.Name);
        }
        return _inner.AddField(field);
    }

    /// <summary>Writes the buffered fields whose names sort before <paramref name="name"/> (all of them when null).</summary>
    private void WriteBufferedBefore(string? name)
    {
        while (_nextBuffered < BufferedFields.Length && (name is null || string.CompareOrdinal(BufferedFields[_nextBuffered], name) < 0))
        {
            var field = BufferedFields[_nextBuffered++];
            var info = _state.FieldInfos.FieldInfo(field);
            if (info is null || !info.IsIndexed)
            {
                continue;
            }
            // Compounds are written with frequencies only; the other fields with positions (and no offsets).
            var options = field == PaperFields.Compound ? IndexOptions.DOCS_AND_FREQS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
            if (info.IndexOptions != options)
            {
                throw new InvalidOperationException($"field '{field}' must be indexed as {options}, not {info.IndexOptions}");
            }
            _sorted ??= _buffer!.Sort();
            if (_sorted.Has(field))
            {
                _sorted.Write(field, _inner.AddField(info), _state.SegmentInfo.DocCount);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }
        try
        {
            if (_buffer is not null)
            {
                WriteBufferedBefore(null);
            }
        }
        finally
        {
            _buffer?.Release();
            _inner.Dispose();
        }
    }
}
