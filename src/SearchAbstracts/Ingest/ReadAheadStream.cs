using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace SearchAbstracts.Ingest;

/// <summary>
/// A read-only stream that reads another stream ahead on a worker thread. Inflating gzip costs about as
/// much CPU as parsing the JSON it yields, so doing both at once roughly halves the time to read a big
/// <c>.jsonl.gz</c> corpus on a machine with two cores or more.
/// </summary>
/// <remarks>
/// An exception thrown while reading ahead (a damaged gzip block, an I/O error) is rethrown, with its own type,
/// by the <see cref="Read(byte[], int, int)"/> that reaches it. Disposing stops the worker but leaves the
/// inner stream open: its owner disposes it.
/// </remarks>
internal sealed class ReadAheadStream : Stream
{
    private const int BlockSize = 1 << 20;

    // A few blocks are enough to keep both threads busy; more would only hold memory.
    private const int BlocksAhead = 4;

    private readonly BlockingCollection<(byte[] Block, int Count)> _blocks = new(BlocksAhead);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;
    private ExceptionDispatchInfo? _failure;
    private byte[]? _current;
    private int _offset;
    private int _count;

    public ReadAheadStream(Stream inner) =>
        _worker = Task.Factory.StartNew(() => Produce(inner), _stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>How many bytes <see cref="Read(Span{byte})"/> has returned so far.</summary>
    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _count && !NextBlock())
            return 0;
        var n = Math.Min(buffer.Length, _count - _offset);
        _current.AsSpan(_offset, n).CopyTo(buffer);
        _offset += n;
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _stop.Cancel();
            // Wait for the worker so that the caller may dispose the inner stream safely right after this.
            _worker.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            Return();
            while (_blocks.TryTake(out var left))
                ArrayPool<byte>.Shared.Return(left.Block);
            _blocks.Dispose();
            _stop.Dispose();
        }
        base.Dispose(disposing);
    }

    private bool NextBlock()
    {
        Return();
        if (!_blocks.TryTake(out var next, Timeout.Infinite))
        {
            // The worker has finished: either the end of the stream, or a failure to hand on.
            _failure?.Throw();
            return false;
        }
        (_current, _offset, _count) = (next.Block, 0, next.Count);
        return true;
    }

    private void Return()
    {
        if (_current is not null)
            ArrayPool<byte>.Shared.Return(_current);
        (_current, _offset, _count) = (null, 0, 0);
    }

    private void Produce(Stream inner)
    {
        try
        {
            while (true)
            {
                var block = ArrayPool<byte>.Shared.Rent(BlockSize);
                var count = inner.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
                if (count == 0)
                {
                    ArrayPool<byte>.Shared.Return(block);
                    break;
                }
                _blocks.Add((block, count), _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Disposed before the end: nobody is reading any more.
        }
        catch (Exception e)
        {
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            _blocks.CompleteAdding();
        }
    }
}
