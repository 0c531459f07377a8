using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene41;
using Lucene.Net.Codecs.PerField;
using Lucene.Net.Index;

namespace SearchAbstracts.Schema;

/// <summary>
/// Lucene 4.1 postings for every field, the flat <c>text</c> field in files of its own; title, abstract and the flat
/// field are written from the words buffered for the segment when it is flushed (<see cref="TextFieldsConsumer"/>). Segments read back with
/// Lucene's per-field reader: the files are plain Lucene 4.1 postings, told apart by their suffix.
/// </summary>
[PostingsFormatName("SearchAbstractsFlatText")]
internal sealed class FlatTextPostingsFormat : PostingsFormat
{
    private readonly PostingsFormat _fields = new FieldFormats();

    public override FieldsConsumer FieldsConsumer(SegmentWriteState state) =>
        new TextFieldsConsumer(_fields.FieldsConsumer(state), state);

    public override FieldsProducer FieldsProducer(SegmentReadState state) => _fields.FieldsProducer(state);

    /// <summary>
    /// The flat field gets a second Lucene 4.1 instance: the per-field writer gives each instance its own files, so
    /// the flat field can be added after <c>title</c> although its name sorts before it.
    /// </summary>
    [PostingsFormatName("SearchAbstractsPerField")]
    private sealed class FieldFormats : PerFieldPostingsFormat
    {
        private readonly PostingsFormat _default = new Lucene41PostingsFormat();
        private readonly PostingsFormat _flat = new Lucene41PostingsFormat();

        public override PostingsFormat GetPostingsFormatForField(string field) => field == PaperFields.Text ? _flat : _default;
    }
}
