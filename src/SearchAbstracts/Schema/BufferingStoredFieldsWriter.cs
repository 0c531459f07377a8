using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace SearchAbstracts.Schema;

/// <summary>
/// The stored-fields writer of one segment: passes everything to <paramref name="inner"/>, and gives the words an
/// <see cref="AnalyzedTextField"/> carries to the segment's <see cref="TextPostingsBuffer"/> under the document's
/// number in the segment. Lucene calls <see cref="StartDocument"/> for every document in order, also for one without
/// stored fields, so counting the calls numbers the documents.
/// </summary>
/// <remarks>Merges go to <paramref name="inner"/> whole: their documents are read back from segments, already inverted.</remarks>
internal sealed class BufferingStoredFieldsWriter(StoredFieldsWriter inner, SegmentInfo segment) : StoredFieldsWriter
{
    private int _doc = -1;
    private TextPostingsBuffer? _buffer;

    public override void StartDocument(int numStoredFields)
    {
        _doc++;
        inner.StartDocument(numStoredFields);
    }

    public override void FinishDocument() => inner.FinishDocument();

    public override void WriteField(FieldInfo info, IIndexableField field)
    {
        if (field is AnalyzedTextField text)
        {
            (_buffer ??= TextPostingsBuffer.For(segment)).Add(_doc, text.Title, text.Summary, text.Authors);
        }
        inner.WriteField(info, field);
    }

    public override void Abort()
    {
        TextPostingsBuffer.Discard(segment);
        inner.Abort();
    }

    public override void Finish(FieldInfos fis, int numDocs) => inner.Finish(fis, numDocs);

    public override int Merge(MergeState mergeState) => inner.Merge(mergeState);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
    }
}
