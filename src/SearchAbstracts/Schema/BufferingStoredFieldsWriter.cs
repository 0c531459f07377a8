using System.Text;
using Lucene.Net.Codecs;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace SearchAbstracts.Schema;

/// <summary>
/// The stored-fields writer of one segment: passes everything to <paramref name="inner"/>, and gives the words an
/// <see cref="AnalyzedTextField"/> carries to the segment's <see cref="TextPostingsBuffer"/> under the document's
/// number in the segment. Lucene calls <see cref="StartDocument"/> for every document in order, also for one without
/// stored fields, so counting the calls numbers the documents.
/// </summary>
/// <remarks>
/// Strings go on as their UTF-8 bytes, encoded into one reused buffer: Lucene's writer encodes each into a new array
/// three times its length with a scalar loop (704 MB of the 6.1 GB indexing arXiv 115k allocated). On disk they are the
/// same bytes, marked binary instead of string; <see cref="Utf8StoredFieldVisitor"/> reads them back as strings.
/// Merges go to <paramref name="inner"/> whole: their documents are read back from segments, already inverted.
/// </remarks>
internal sealed class BufferingStoredFieldsWriter(StoredFieldsWriter inner, SegmentInfo segment) : StoredFieldsWriter
{
    private int _doc = -1;
    private TextPostingsBuffer? _buffer;
    private readonly BytesRef _utf8 = new(256);
    private readonly StoredField _utf8Field = new("utf8", new BytesRef());

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
            (_buffer ??= TextPostingsBuffer.For(segment)).Add(_doc, text.Title, text.Summary, text.Authors, text.Compounds);
        }
        if (field.NumericType == NumericFieldType.NONE && field.GetBinaryValue() is null && field.GetStringValue() is string value)
        {
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (_utf8.Bytes.Length < most)
            {
                _utf8.Bytes = new byte[Math.Max(most, _utf8.Bytes.Length * 2)];
            }
            // Like Lucene's own encoding, a lone surrogate becomes U+FFFD.
            _utf8.Length = Encoding.UTF8.GetBytes(value, _utf8.Bytes);
            _utf8Field.SetBytesValue(_utf8);
            inner.WriteField(info, _utf8Field);
            return;
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
