using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>
/// Analyzes and writes papers on worker threads while the caller goes on reading: Lucene's writer takes
/// documents from several threads at once (one in-memory segment each), and analysis is most of the work.
/// With one thread everything happens on the caller's thread.
/// </summary>
internal sealed class IndexingPipeline : IDisposable
{
    /// <summary>Enough queued papers to keep the workers busy, few enough to keep memory flat on any input size.</summary>
    private const int QueueCapacity = 512;

    private readonly PaperWriter _writer;
    private readonly BlockingCollection<(Paper Paper, byte[]? Hash, bool Replace)>? _queue;
    private readonly Thread[] _workers;
    private readonly object _gate = new();
    private int _pending;
    private ExceptionDispatchInfo? _failure;

    public IndexingPipeline(PaperWriter writer, int threads)
    {
        _writer = writer;
        if (threads <= 1)
        {
            _workers = [];
            return;
        }
        _queue = new BlockingCollection<(Paper, byte[]?, bool)>(QueueCapacity);
        _workers = new Thread[threads];
        for (var i = 0; i < threads; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"indexing-{i + 1}" };
            _workers[i].Start();
        }
    }

    /// <summary>Queues <paramref name="paper"/> for writing; rethrows a worker's failure (e.g. a full disk) here.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="hash">Its content hash when already computed, else null.</param>
    /// <param name="replace">True when a paper with its id may be in the index.</param>
    public void Post(Paper paper, byte[]? hash, bool replace)
    {
        _failure?.Throw();
        if (_queue is null)
        {
            Write(paper, hash, replace);
            return;
        }
        Interlocked.Increment(ref _pending);
        _queue.Add((paper, hash, replace));
    }

    /// <summary>Waits until every queued paper is written (before a commit); rethrows a worker's failure.</summary>
    public void Drain()
    {
        lock (_gate)
        {
            while (Volatile.Read(ref _pending) > 0)
            {
                Monitor.Wait(_gate);
            }
        }
        _failure?.Throw();
    }

    public void Dispose()
    {
        if (_queue is null)
        {
            return;
        }
        _queue.CompleteAdding();
        foreach (var worker in _workers)
        {
            worker.Join();
        }
        _queue.Dispose();
    }

    private void Work()
    {
        foreach (var (paper, hash, replace) in _queue!.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    Write(paper, hash, replace);
                }
            }
            catch (Exception e)
            {
                // The first failure wins; the rest of the queue is drained unwritten so that Drain returns and rethrows it.
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            }
            finally
            {
                if (Interlocked.Decrement(ref _pending) == 0)
                {
                    lock (_gate)
                    {
                        Monitor.PulseAll(_gate);
                    }
                }
            }
        }
    }

    private void Write(Paper paper, byte[]? hash, bool replace)
    {
        var doc = PaperDocumentMapper.ToDocument(paper, hash);
        if (replace)
        {
            _writer.Update(paper.Id, doc);
        }
        else
        {
            _writer.Add(doc);
        }
    }
}
