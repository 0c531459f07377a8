using Lucene.Net.Store;
using SearchAbstracts.Storage;

namespace SearchAbstracts.Tests.Storage;

/// <summary>
/// The mapped reader must read what Lucene wrote, value for value, as Lucene's own reader does; fail at the end of a
/// file with an end-of-stream error (what damaged-index detection relies on); and never crash the process when Lucene
/// keeps using a clone of an input it has closed.
/// </summary>
public sealed class MappedIndexInputTests : IDisposable
{
    private readonly string _folder = TempIndex.NewFolder();

    public MappedIndexInputTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ReadsEveryValueAsWritten_WithSeeksAndClones()
    {
        var random = new Random(3);
        var values = new List<(int Kind, long Value, byte[]? Bytes, long At)>();
        using (var directory = new NIOFSDirectory(_folder))
        using (var output = directory.CreateOutput("values.bin", IOContext.DEFAULT))
        {
            for (var i = 0; i < 20_000; i++)
            {
                var kind = random.Next(7);
                var at = output.Position;
                switch (kind)
                {
                    case 0:
                        var b = (byte)random.Next(256);
                        output.WriteByte(b);
                        values.Add((kind, b, null, at));
                        break;
                    case 1:
                        var vint = random.Next(5) == 0 ? random.Next() : random.Next(300);
                        output.WriteVInt32(vint);
                        values.Add((kind, vint, null, at));
                        break;
                    case 2:
                        var vlong = random.NextInt64(0, long.MaxValue) >> random.Next(63);
                        output.WriteVInt64(vlong);
                        values.Add((kind, vlong, null, at));
                        break;
                    case 3:
                        var int32 = random.Next(int.MinValue, int.MaxValue);
                        output.WriteInt32(int32);
                        values.Add((kind, int32, null, at));
                        break;
                    case 4:
                        var int64 = random.NextInt64(long.MinValue, long.MaxValue);
                        output.WriteInt64(int64);
                        values.Add((kind, int64, null, at));
                        break;
                    case 5:
                        var int16 = (short)random.Next(short.MinValue, short.MaxValue);
                        output.WriteInt16(int16);
                        values.Add((kind, int16, null, at));
                        break;
                    default:
                        var bytes = new byte[random.Next(0, 3000)];
                        random.NextBytes(bytes);
                        output.WriteBytes(bytes, bytes.Length);
                        values.Add((kind, 0, bytes, at));
                        break;
                }
            }
        }
        using var mapped = new MappedDirectory(_folder);
        using var input = mapped.OpenInput("values.bin", IOContext.DEFAULT);
        Assert.Equal(new FileInfo(Path.Combine(_folder, "values.bin")).Length, input.Length);
        foreach (var value in values)
        {
            Assert.Equal(value.At, input.Position);
            ReadAndCheck(input, value);
        }
        Assert.Equal(input.Length, input.Position);
        // Random seeks, on the input and on clones whose positions are their own.
        var clone = (IndexInput)input.Clone();
        for (var i = 0; i < 5_000; i++)
        {
            var value = values[random.Next(values.Count)];
            var reader = i % 2 == 0 ? input : clone;
            reader.Seek(value.At);
            ReadAndCheck(reader, value);
        }
    }

    [Fact]
    public void ReadingPastTheEnd_IsAnEndOfStreamError()
    {
        File.WriteAllBytes(Path.Combine(_folder, "short.bin"), [0x81, 0x82]);
        using var mapped = new MappedDirectory(_folder);
        using var input = mapped.OpenInput("short.bin", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.ReadVInt32()); // continuation bits to the end of the file
        input.Seek(0);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        input.Seek(1);
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[2], 0, 2));
        input.Seek(2);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
    }

    [Fact]
    public void EmptyAndMissingFiles()
    {
        File.WriteAllBytes(Path.Combine(_folder, "empty.bin"), []);
        using var mapped = new MappedDirectory(_folder);
        using var empty = mapped.OpenInput("empty.bin", IOContext.DEFAULT);
        Assert.Equal(0, empty.Length);
        Assert.Throws<EndOfStreamException>(() => empty.ReadByte());
        // Lucene tells a missing file (e.g. a segments file another process just replaced) by this exception type.
        Assert.Throws<FileNotFoundException>(() => mapped.OpenInput("missing.bin", IOContext.DEFAULT));
    }

    [Fact]
    public void AClone_KeepsReadingAfterItsInputIsClosed_TheInputItselfDoesNot()
    {
        File.WriteAllBytes(Path.Combine(_folder, "data.bin"), Enumerable.Range(0, 10_000).Select(i => (byte)i).ToArray());
        using var mapped = new MappedDirectory(_folder);
        var input = mapped.OpenInput("data.bin", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        clone.Seek(9_999);
        Assert.Equal((byte)(9_999 % 256), clone.ReadByte());
        Assert.Throws<ObjectDisposedException>(() => input.ReadByte());
    }

    private static void ReadAndCheck(IndexInput input, (int Kind, long Value, byte[]? Bytes, long At) value)
    {
        switch (value.Kind)
        {
            case 0:
                Assert.Equal(value.Value, input.ReadByte());
                break;
            case 1:
                Assert.Equal(value.Value, input.ReadVInt32());
                break;
            case 2:
                Assert.Equal(value.Value, input.ReadVInt64());
                break;
            case 3:
                Assert.Equal(value.Value, input.ReadInt32());
                break;
            case 4:
                Assert.Equal(value.Value, input.ReadInt64());
                break;
            case 5:
                Assert.Equal(value.Value, input.ReadInt16());
                break;
            default:
                var bytes = new byte[value.Bytes!.Length];
                input.ReadBytes(bytes, 0, bytes.Length);
                Assert.Equal(value.Bytes, bytes);
                break;
        }
    }
}
