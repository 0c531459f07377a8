using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchAbstracts.Schema;

/// <summary>
/// Lucene 4.6's codec with stored fields compressed by Zstandard instead of LZ4: titles and abstracts are most of
/// the index on disk, and Zstandard keeps 41% of their bytes (LZ4 61%), compressing and decompressing twice as fast
/// as DEFLATE, which it replaced (<see cref="ZstdCompressionMode"/>). Chunks stay small (16 KB), so that loading the ten documents of a result page
/// decompresses little more than those documents. The stored-fields writer also buffers each new document's title and
/// abstract words (<see cref="BufferingStoredFieldsFormat"/>), from which the title, abstract and flat <c>text</c>
/// postings are written (<see cref="FlatTextPostingsFormat"/>).
/// </summary>
[CodecName(CodecName)]
internal sealed class PaperCodec : FilterCodec
{
    /// <summary>Written into every segment, and looked up by name when one is opened.</summary>
    public const string CodecName = "SearchAbstracts46";

    private readonly StoredFieldsFormat _storedFields =
        new BufferingStoredFieldsFormat(new CompressingStoredFieldsFormat("SearchAbstractsStoredFieldsZstd", ZstdCompressionMode.Instance, 1 << 14));

    private readonly PostingsFormat _postings = new FlatTextPostingsFormat();

    public PaperCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    public override PostingsFormat PostingsFormat => _postings;

    private static int _registered;

    /// <summary>Makes Lucene able to open segments written with this codec (codecs are found by name); idempotent.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(PaperCodec)] });
        }
    }
}
