using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace SearchAbstracts.Schema;

/// <summary>
/// Stores fields with <paramref name="inner"/>; when a segment is written from new documents, buffers each
/// document's title and abstract words (<see cref="AnalyzedTextField"/>) for that segment's postings
/// (<see cref="TextPostingsBuffer"/>). The stored bytes are <paramref name="inner"/>'s, unchanged.
/// </summary>
internal sealed class BufferingStoredFieldsFormat(StoredFieldsFormat inner) : StoredFieldsFormat
{
    public override StoredFieldsReader FieldsReader(Directory directory, SegmentInfo si, FieldInfos fn, IOContext context) =>
        inner.FieldsReader(directory, si, fn, context);

    public override StoredFieldsWriter FieldsWriter(Directory directory, SegmentInfo si, IOContext context) =>
        new BufferingStoredFieldsWriter(inner.FieldsWriter(directory, si, context), si);
}
