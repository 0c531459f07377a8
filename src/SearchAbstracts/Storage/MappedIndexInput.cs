using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace SearchAbstracts.Storage;

/// <summary>
/// A read-only index file mapped into memory: reads are bounds-checked copies from the mapping, with no system call
/// and no buffer to refill. Clones share the mapping.
/// </summary>
/// <remarks>
/// The mapping is never unmapped by <see cref="Dispose(bool)"/>: Lucene keeps using clones (postings, term
/// enumerators) that it never closes, and a clone reading an unmapped file would crash the process rather than throw.
/// The view is released when the last input over it is garbage collected, as with Lucene's MMapDirectory with
/// unmapping off. Lucene never changes a file once written (it writes new files and deletes old ones), so a mapped
/// file does not shrink under a reader.
/// </remarks>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly Mapping? _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _disposed;

    private MappedIndexInput(string description, Mapping? mapping, byte* start, long length)
        : base(description)
    {
        _mapping = mapping;
        _start = start;
        _length = length;
    }

    /// <summary>Maps <paramref name="path"/> for reading.</summary>
    /// <exception cref="FileNotFoundException">There is no such file (Lucene relies on this exception type).</exception>
    public static MappedIndexInput Open(string path)
    {
        var description = $"MappedIndexInput(path=\"{path}\")";
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        var length = file.Length;
        if (length == 0)
        {
            // An empty file cannot be mapped; it has nothing to read either.
            return new MappedIndexInput(description, null, null, 0);
        }
        var mapping = new Mapping(file, length);
        return new MappedIndexInput(description, mapping, mapping.Start, length);
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"seek to {pos} outside a file of {_length} bytes: {this}");
        }
        _position = pos;
    }

    public override byte ReadByte()
    {
        ThrowIfDisposed();
        if (_position >= _length)
        {
            throw PastEnd(1);
        }
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        ThrowIfDisposed();
        if (len < 0 || _length - _position < len)
        {
            throw PastEnd(len);
        }
        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public override int ReadVInt32()
    {
        ThrowIfDisposed();
        if (_length - _position < 5)
        {
            return base.ReadVInt32(); // near the end: byte by byte, so a cut-off number reads past the end and says so
        }
        var p = _start + _position;
        int b = p[0];
        var value = b & 0x7F;
        var i = 1;
        for (var shift = 7; b > 0x7F && i < 5; shift += 7)
        {
            b = p[i++];
            value |= (b & 0x7F) << shift;
        }
        if (b > 0x7F || (i == 5 && (b & 0xF0) != 0))
        {
            throw new IOException($"invalid variable-length number at {_position} in {this}: the index is damaged");
        }
        _position += i;
        return value;
    }

    public override long ReadVInt64()
    {
        ThrowIfDisposed();
        if (_length - _position < 9)
        {
            return base.ReadVInt64();
        }
        var p = _start + _position;
        long b = p[0];
        var value = b & 0x7F;
        var i = 1;
        for (var shift = 7; b > 0x7F && i < 9; shift += 7)
        {
            b = p[i++];
            value |= (b & 0x7F) << shift;
        }
        if (b > 0x7F)
        {
            throw new IOException($"invalid variable-length number at {_position} in {this}: the index is damaged");
        }
        _position += i;
        return value;
    }

    public override object Clone()
    {
        ThrowIfDisposed();
        // Shares the mapping; only the position is the clone's own (Lucene's contract for clones).
        return new MappedIndexInput(ToString(), _mapping, _start, _length) { _position = _position };
    }

    protected override void Dispose(bool disposing) => _disposed = true;

    private ReadOnlySpan<byte> Take(int count)
    {
        ThrowIfDisposed();
        if (_length - _position < count)
        {
            throw PastEnd(count);
        }
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private EndOfStreamException PastEnd(int count) =>
        new($"read past EOF: {count} bytes at {_position} of a file of {_length} bytes: {this}");

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>The file's view, kept alive by every input that reads it.</summary>
    private sealed class Mapping
    {
        // Holding the file and the view keeps them open; their own finalizers release them once no input refers here.
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;

        public Mapping(FileStream file, long length)
        {
            _file = MemoryMappedFile.CreateFromFile(file, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            try
            {
                _view = _file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            }
            catch
            {
                _file.Dispose();
                throw;
            }
            Start = (byte*)_view.SafeMemoryMappedViewHandle.DangerousGetHandle() + _view.PointerOffset;
        }

        public byte* Start { get; }
    }
}
