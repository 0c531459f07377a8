using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// Stored-fields chunks go through Zstandard: every slice of a chunk must read back as the bytes written, with the
/// reader's buffer reused as Lucene reuses it, and a damaged chunk must be reported as a damaged index, not as a raw
/// decompression error.
/// </summary>
public sealed class ZstdCompressionModeTests
{
    private static byte[] Text(int length, int seed)
    {
        var text = new StringBuilder();
        var random = new Random(seed);
        string[] words = ["quantization", "of", "large", "language", "models", "with", "four-bit", "weights", "ünïcode", "β-decay", "🙂"];
        while (text.Length < length)
        {
            text.Append(words[random.Next(words.Length)]).Append(random.Next(9) == 0 ? ". " : " ");
        }
        return Encoding.UTF8.GetBytes(text.ToString(0, length));
    }

    private static byte[] Noise(int length)
    {
        var bytes = new byte[length];
        new Random(3).NextBytes(bytes);
        return bytes;
    }

    public static TheoryData<string> Chunks => ["text-16k", "text-1", "text-70k", "noise-16k"];

    private static byte[] Chunk(string name) => name switch
    {
        "text-16k" => Text(16_000, 7),
        "text-1" => Text(1, 7),
        // One document larger than a chunk makes a chunk of its own size.
        "text-70k" => Text(70_000, 8),
        _ => Noise(16_000),
    };

    private static byte[] Compress(byte[] chunk, byte[]? before = null)
    {
        var output = new byte[chunk.Length + 2048];
        var data = new ByteArrayDataOutput(output);
        var compressor = ZstdCompressionMode.Instance.NewCompressor();
        if (before is not null)
        {
            // The compressor is reused from chunk to chunk, as Lucene's writer reuses it.
            compressor.Compress(before, 0, before.Length, new ByteArrayDataOutput(new byte[before.Length + 2048]));
        }
        compressor.Compress(chunk, 0, chunk.Length, data);
        return output[..data.Position];
    }

    [Theory]
    [MemberData(nameof(Chunks))]
    public void EverySlice_ReadsBackAsWritten(string name)
    {
        var chunk = Chunk(name);
        var compressed = Compress(chunk, before: Noise(20_000));
        var random = new Random(1);
        var decompressor = ZstdCompressionMode.Instance.NewDecompressor();
        var reused = new BytesRef();
        for (var i = 0; i < 200; i++)
        {
            var offset = i switch { 0 => 0, 1 => chunk.Length - 1, _ => random.Next(chunk.Length) };
            var length = i switch { 0 => chunk.Length, 1 => 1, _ => random.Next(1, chunk.Length - offset + 1) };
            var input = new ByteArrayDataInput(compressed);
            decompressor.Decompress(input, chunk.Length, offset, length, reused);
            Assert.Equal(compressed.Length, input.Position);
            Assert.Equal(length, reused.Length);
            Assert.Equal(chunk.AsSpan(offset, length), reused.Bytes.AsSpan(reused.Offset, reused.Length));
        }
        // A clone (one per reader thread) reads the same.
        var clone = (Lucene.Net.Codecs.Compressing.Decompressor)decompressor.Clone();
        var whole = new BytesRef();
        clone.Decompress(new ByteArrayDataInput(compressed), chunk.Length, 0, chunk.Length, whole);
        Assert.Equal(chunk, whole.Bytes.AsSpan(whole.Offset, whole.Length).ToArray());
    }

    [Fact]
    public void Text_CompressesToUnderHalf()
    {
        var chunk = Text(16_000, 7);
        Assert.InRange(Compress(chunk).Length, 100, chunk.Length / 2);
    }

    [Fact]
    public void ADamagedChunk_IsACorruptIndex()
    {
        var chunk = Text(16_000, 7);
        var compressed = Compress(chunk);
        var decompressor = ZstdCompressionMode.Instance.NewDecompressor();
        // Cut short: the frame (its recorded length too) ends before the chunk does.
        var payload = new ByteArrayDataInput(compressed);
        var payloadLength = payload.ReadVInt32();
        var cutData = new byte[compressed.Length];
        var writer = new ByteArrayDataOutput(cutData);
        writer.WriteVInt32(payloadLength / 2);
        writer.WriteBytes(compressed, payload.Position, payloadLength / 2);
        var cut = cutData[..writer.Position];
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(cut), chunk.Length, chunk.Length - 10, 10, new BytesRef()));
        // Garbled: not a Zstandard frame at all.
        var garbled = (byte[])compressed.Clone();
        for (var i = 3; i < garbled.Length; i++)
        {
            garbled[i] = 0xFF;
        }
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(garbled), chunk.Length, 0, chunk.Length, new BytesRef()));
        // Longer or shorter than the chunk's recorded length.
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(compressed), chunk.Length - 5, 0, chunk.Length - 5, new BytesRef()));
        Assert.Throws<CorruptIndexException>(() =>
            decompressor.Decompress(new ByteArrayDataInput(compressed), chunk.Length + 5, 0, 10, new BytesRef()));
    }
}
