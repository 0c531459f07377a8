using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;

namespace SearchAbstracts.Schema;

/// <summary>
/// Lucene 4.6's codec with stored fields compressed by DEFLATE instead of LZ4: titles and abstracts are most of
/// the index on disk, and DEFLATE roughly halves them. Chunks stay small (16 KB), and are read back only up to the
/// document asked for (<see cref="PrefixDeflateMode"/>), so that loading the ten documents of a result page
/// decompresses little more than those documents.
/// </summary>
[CodecName(CodecName)]
internal sealed class PaperCodec : FilterCodec
{
    /// <summary>Written into every segment, and looked up by name when one is opened.</summary>
    public const string CodecName = "SearchAbstracts46";

    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("SearchAbstractsStoredFields", PrefixDeflateMode.Instance, 1 << 14);

    public PaperCodec()
        : base(new Lucene46Codec())
    {
    }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

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
