using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>
/// Analyzes and writes papers on worker threads while the caller goes on reading: Lucene's writer takes
/// documents from several threads at once (one in-memory segment each), and analysis is most of the work.
/// The workers write their in-memory segments together, in rounds the pipeline starts when the memory budget fills
/// and at the end (see <see cref="WriteSegmentsInStep"/>). With one thread everything happens on the caller's thread,
/// and Lucene decides when to write a segment.
/// </summary>
internal sealed class IndexingPipeline : IDisposable
{
    /// <summary>
    /// Papers handed to a worker at once. Handing them over one by one cost more than it saved on two cores: the
    /// reader and the workers spun waiting on the queue for about a fifth of the CPU time (dotnet-trace, arXiv 115k).
    /// </summary>
    private const int BatchSize = 64;

    /// <summary>Enough queued batches to keep the workers busy, few enough to keep memory flat on any input size (512 papers).</summary>
    private const int QueueCapacity = 8;

    private readonly PaperWriter _writer;
    private readonly BlockingCollection<List<(Paper Paper, byte[]? Hash, bool Replace)>>? _queue;
    private readonly Thread[] _workers;
    private readonly object _gate = new();
    private List<(Paper Paper, byte[]? Hash, bool Replace)> _batch = new(BatchSize);
    private int _pending;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Holds the workers together through a round of segment writing (see <see cref="WriteSegmentsInStep"/>).</summary>
    private readonly Barrier? _round;
    private bool _roundWriting;
    private volatile bool _roundQueued;

    /// <summary>The empty batch that asks a worker to join a round of segment writing (see <see cref="QueueRound"/>).</summary>
    private static readonly List<(Paper Paper, byte[]? Hash, bool Replace)> FlushRequest = [];

    public IndexingPipeline(PaperWriter writer, int threads)
    {
        _writer = writer;
        if (threads <= 1)
        {
            _workers = [];
            return;
        }
        _queue = new BlockingCollection<List<(Paper, byte[]?, bool)>>(QueueCapacity);
        _workers = new Thread[threads];
        _writer.FlushInRounds();
        _round = new Barrier(threads, _ => SwitchRoundPhase());
        for (var i = 0; i < threads; i++)
        {
            _workers[i] = new Thread(Work) { IsBackground = true, Name = $"indexing-{i + 1}" };
            _workers[i].Start();
        }
    }

    /// <summary>Rounds of segment writing begun so far (see <see cref="WriteSegmentsInStep"/>); none with one thread.</summary>
    public int Rounds { get; private set; }

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
        _batch.Add((paper, hash, replace));
        if (_batch.Count == BatchSize)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (_queue is null || _batch.Count == 0)
        {
            return;
        }
        Interlocked.Increment(ref _pending);
        _queue.Add(_batch);
        _batch = new List<(Paper, byte[]?, bool)>(BatchSize);
        if (!_roundQueued && _writer.SegmentsDue)
        {
            QueueRound();
        }
    }

    /// <summary>
    /// Queues one flush request per worker, behind the batches queued so far: together they make a round in which
    /// every worker writes one in-memory segment, side by side (see <see cref="WriteSegmentsInStep"/>).
    /// </summary>
    private void QueueRound()
    {
        _roundQueued = true;
        foreach (var _ in _workers)
        {
            Interlocked.Increment(ref _pending);
            _queue!.Add(FlushRequest);
        }
    }

    /// <summary>Waits until every queued paper is written (before a commit); rethrows a worker's failure.</summary>
    public void Drain()
    {
        Flush();
        Wait();
    }

    /// <summary>
    /// Waits until every queued paper is written and every in-memory segment with them (before the last commit, which
    /// would otherwise write them one after another on the caller's thread, with a core idle); rethrows a worker's failure.
    /// </summary>
    public void DrainAndFlush()
    {
        Flush();
        if (_queue is not null)
        {
            QueueRound();
        }
        Wait();
    }

    /// <summary>Waits until no batch or flush request is pending; rethrows a worker's failure.</summary>
    private void Wait()
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
        Flush();
        _queue.CompleteAdding();
        foreach (var worker in _workers)
        {
            worker.Join();
        }
        _queue.Dispose();
        _round!.Dispose();
    }

    private void Work()
    {
        foreach (var batch in _queue!.GetConsumingEnumerable())
        {
            try
            {
                if (ReferenceEquals(batch, FlushRequest))
                {
                    WriteSegmentsInStep();
                }
                foreach (var (paper, hash, replace) in batch)
                {
                    if (_failure is not null)
                    {
                        break;
                    }
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

    /// <summary>
    /// This worker's part in a round: once every worker holds its flush request (so none is adding papers, and each
    /// takes exactly one), each writes one in-memory segment, and none adds papers again before all are written.
    /// Written together, segments cost no more than one at a time beside a thread adding papers, and the papers are
    /// shared out evenly among them: the input never ends with one thread writing a large segment alone.
    /// </summary>
    private void WriteSegmentsInStep()
    {
        _round!.SignalAndWait();
        try
        {
            if (_failure is null)
            {
                _writer.FlushThreadSegment();
            }
        }
        finally
        {
            _round.SignalAndWait();
        }
    }

    /// <summary>Runs between the phases of a round, on one worker while the others wait.</summary>
    private void SwitchRoundPhase()
    {
        _roundWriting = !_roundWriting;
        if (_roundWriting)
        {
            Rounds++;
            _writer.BeginThreadFlushes();
        }
        else
        {
            _writer.EndThreadFlushes();
            _roundQueued = false;
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
