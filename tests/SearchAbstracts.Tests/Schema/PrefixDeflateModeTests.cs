using System.Text;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// Stored fields are inflated only up to the document asked for: every slice of a chunk must read as Lucene's own
/// DEFLATE decompressor reads it, and a damaged chunk must be reported as a damaged index, not as a raw
/// decompression error.
/// </summary>
public sealed class PrefixDeflateModeTests
{
    private static byte[] Chunk()
    {
        var text = new StringBuilder();
        var random = new Random(7);
        string[] words = ["quantization", "of", "large", "language", "models", "with", "four-bit", "weights", "ünïcode", "β-decay", "🙂"];
        while (text.Length < 16_000)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(9) == 0 ? ". " : " ");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static byte[] Compress(byte[] chunk)
    {
        var output = new byte[chunk.Length + 1024];
        var data = new ByteArrayDataOutput(output);
        PrefixDeflateMode.Instance.NewCompressor().Compress(chunk, 0, chunk.Length, data);
        return output[..data.Position];
    }

    [Fact]
    public void EverySliceReadsAsLucenesDecompressorReadsIt()
    {
        var chunk = Chunk();
        var compressed = Compress(chunk);
        var random = new Random(1);
        var ours = PrefixDeflateMode.Instance.NewDecompressor();
        var reused = new BytesRef();
        for (var i = 0; i < 300; i++)
        {
            var offset = i switch { 0 => 0, 1 => chunk.Length - 1, _ => random.Next(chunk.Length) };
            var length = i switch { 0 => chunk.Length, 1 => 1, _ => random.Next(1, chunk.Length - offset + 1) };
            var expected = new BytesRef();
            CompressionMode.HIGH_COMPRESSION.NewDecompressor().Decompress(new ByteArrayDataInput(compressed), chunk.Length, offset, length, expected);
            // The same BytesRef is reused from read to read, as Lucene's stored-fields reader does.
            ours.Decompress(new ByteArrayDataInput(compressed), chunk.Length, offset, length, reused);
            Assert.Equal(length, reused.Length);
            Assert.Equal(expected.Bytes.AsSpan(expected.Offset, expected.Length), reused.Bytes.AsSpan(reused.Offset, reused.Length));
            Assert.Equal(chunk.AsSpan(offset, length), reused.Bytes.AsSpan(reused.Offset, reused.Length));
        }
    }

    [Fact]
    public void ADamagedChunk_IsACorruptIndex()
    {
        var chunk = Chunk();
        var compressed = Compress(chunk);
        var decompressor = PrefixDeflateMode.Instance.NewDecompressor();
        // Cut short: the DEFLATE stream (its recorded length too) ends before the document does.
        var payload = new ByteArrayDataInput(compressed);
        var payloadLength = payload.ReadVInt32();
        var cutData = new byte[compressed.Length];
        var writer = new ByteArrayDataOutput(cutData);
        writer.WriteVInt32(payloadLength / 2);
        writer.WriteBytes(compressed, payload.Position, payloadLength / 2);
        var cut = cutData[..writer.Position];
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(cut), chunk.Length, chunk.Length - 10, 10, new BytesRef()));
        // Garbled: not a DEFLATE stream at all.
        var garbled = (byte[])compressed.Clone();
        for (var i = 3; i < garbled.Length; i++)
        {
            garbled[i] = 0xFF;
        }
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(garbled), chunk.Length, 0, chunk.Length, new BytesRef()));
        // Longer than the chunk's recorded length, found when reading to its end.
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(compressed), chunk.Length - 5, 0, chunk.Length - 5, new BytesRef()));
    }
}
