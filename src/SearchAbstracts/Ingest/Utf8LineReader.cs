using System.Buffers;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Splits a byte stream into lines without decoding it, so that a large corpus is never held as one string:
/// only the current line (and the rest of one read block) is in memory at a time.
/// </summary>
internal sealed class Utf8LineReader(Stream stream) : IDisposable
{
    private const int InitialSize = 1 << 16;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>The 1-based number of the line last returned by <see cref="TryReadLine"/>.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line without its <c>\n</c> or <c>\r\n</c> ending, or false at the end of the stream. The span is
    /// valid only until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searched = 0;
        while (true)
        {
            var newline = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Take(searched + newline, consumed: searched + newline + 1);
                return true;
            }

            searched = _end - _start;
            if (_eof || !Fill())
            {
                // The last line need not end with a newline; an empty remainder is no line at all.
                line = searched == 0 ? default : Take(searched, consumed: searched);
                return searched > 0;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private ReadOnlySpan<byte> Take(int length, int consumed)
    {
        var line = _buffer.AsSpan(_start, length);
        _start += consumed;
        LineNumber++;
        return line.EndsWith((byte)'\r') ? line[..^1] : line;
    }

    /// <summary>Reads more bytes after the unfinished line, moving or growing the buffer first; false at the end.</summary>
    private bool Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _start = 0;
            _end = pending;
        }
        if (_end == _buffer.Length)
        {
            // One line longer than the buffer (a long abstract): grow rather than split it.
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _eof = read == 0;
        return read > 0;
    }
}
