using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// A Lucene directory that behaves like a disk that fills up: after <see cref="FailAfter"/>, writes fail once the given
/// number of bytes has been written, with the exception .NET throws for ENOSPC on Linux:
/// <c>IOException("No space left on device : '/index/_1.fdt'")</c>, HResult 28.
/// </summary>
internal sealed class FullDiskDirectory(string path, LuceneDirectory inner) : FilterDirectory(inner)
{
    public const string Message = "No space left on device";

    private const int NoSpace = 28;

    private long _left = long.MaxValue;

    /// <summary>How many writes were refused.</summary>
    public int Refused { get; private set; }

    private string? _failingFile;

    /// <summary>Lets <paramref name="bytes"/> more bytes be written, then fails every write.</summary>
    public void FailAfter(long bytes) => Interlocked.Exchange(ref _left, bytes);

    /// <summary>Fails every write to a file whose name starts with <paramref name="prefix"/> (e.g. the commit point, <c>segments_</c>).</summary>
    public void FailWriting(string prefix) => _failingFile = prefix;

    public override IndexOutput CreateOutput(string name, IOContext context) =>
        new LimitedOutput(this, Path.Combine(path, name), base.CreateOutput(name, context));

    private void Take(int count, string file)
    {
        var full = Interlocked.Add(ref _left, -count) < 0
            || (_failingFile is { } prefix && Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal));
        if (full)
        {
            Refused++;
            throw new IOException($"{Message} : '{file}'", NoSpace);
        }
    }

    private sealed class LimitedOutput(FullDiskDirectory disk, string file, IndexOutput inner) : IndexOutput
    {
        public override long Position => inner.Position;

        public override long Checksum => inner.Checksum;

        public override long Length
        {
            get => inner.Length;
            set => inner.Length = value;
        }

        public override void WriteByte(byte b)
        {
            disk.Take(1, file);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            disk.Take(length, file);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("Lucene deprecates seeking an output; delegated for completeness.")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
