using System.IO.Compression;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneCompressionMode = Lucene.Net.Codecs.Compressing.CompressionMode;

namespace SearchAbstracts.Schema;

/// <summary>
/// Lucene's DEFLATE stored-fields compression (the same bytes on disk), read back only as far as the document asked
/// for. A chunk holds 16 KB of documents; Lucene's own reader inflates all of it, through two growing memory
/// streams, to return one document, on average in its middle. Inflating stops at the document's end here, into a
/// reused buffer: stored fields were a sixth of a topical search on arXiv 115k (ten pages' documents).
/// </summary>
internal sealed class PrefixDeflateMode : LuceneCompressionMode
{
    public static PrefixDeflateMode Instance { get; } = new();

    private PrefixDeflateMode()
    {
    }

    public override Compressor NewCompressor() => HIGH_COMPRESSION.NewCompressor();

    public override Decompressor NewDecompressor() => new PrefixDecompressor();

    private sealed class PrefixDecompressor : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (length == 0)
            {
                bytes.Length = 0;
                return;
            }
            var compressedLength = input.ReadVInt32();
            if (compressedLength > _compressed.Length)
            {
                _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            }
            input.ReadBytes(_compressed, 0, compressedLength);
            var needed = offset + length;
            if (bytes.Bytes is null || bytes.Bytes.Length < needed)
            {
                bytes.Bytes = new byte[ArrayUtil.Oversize(needed, 1)];
            }
            try
            {
                using var inflate = new DeflateStream(new MemoryStream(_compressed, 0, compressedLength), System.IO.Compression.CompressionMode.Decompress);
                inflate.ReadExactly(bytes.Bytes, 0, needed);
                // Reading to the chunk's end, check its length as Lucene does (a longer stream is damage too).
                if (needed == originalLength && inflate.Read(new byte[1], 0, 1) != 0)
                {
                    throw new CorruptIndexException($"stored fields chunk longer than its recorded {originalLength} bytes (resource={input})");
                }
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
            {
                throw new CorruptIndexException($"stored fields chunk cannot be inflated to its recorded {originalLength} bytes (resource={input}): {e.Message}", e);
            }
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new PrefixDecompressor();
    }
}
