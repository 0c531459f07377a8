using System.Runtime.ExceptionServices;
using Lucene.Net.Search;

namespace SearchAbstracts.Search;

/// <summary>
/// Weights of query clauses made on another core while the rest of the query is still being built, for the search to
/// take when it reaches those clauses (<see cref="DisjunctionSearch"/>). A clause is taken only by a query that holds
/// an equal clause, so a weight started for a clause that the query did not keep in the end is simply not used.
/// </summary>
/// <remarks>
/// <para>
/// Why: the title-phrase bonus of a pasted title is a phrase of some ten title words, and making its weight looks each
/// word up in every segment with a fresh terms enumerator (Lucene's <c>PhraseWeight</c> does not take states made
/// elsewhere). That was 5% of the searching thread's time (arXiv 115k, perf), spent while the other core had nothing to
/// do: the query is built on one thread. A weight is the same whichever thread makes it; it is normalized later, by
/// the search, as before.
/// </para>
/// <para>
/// Each weight is made once, by whichever thread comes first: the thread-pool worker it was queued to, or the search
/// that takes it. So a search never waits for work that a busy pool has not started (it makes the weight itself),
/// and a weight not started when the search ends is never made.
/// </para>
/// </remarks>
internal sealed class EarlyWeights
{
    private readonly List<Entry> _started = [];
    private readonly bool _queue;

    /// <summary>Weights made on a thread-pool worker when the machine has more than one core.</summary>
    public EarlyWeights()
        : this(queue: Environment.ProcessorCount >= 2)
    {
    }

    /// <param name="queue">False to make every weight only when taken (for tests: a pool with no free worker).</param>
    internal EarlyWeights(bool queue) => _queue = queue;

    /// <summary>Weights started and not taken yet.</summary>
    public int Waiting
    {
        get
        {
            lock (_started)
            {
                return _started.Count;
            }
        }
    }

    /// <summary>Starts making the weight of <paramref name="clause"/> against <paramref name="searcher"/> on another core.</summary>
    /// <remarks>The clause must not change afterwards (it is read on both threads).</remarks>
    public void Start(IndexSearcher searcher, Query clause)
    {
        var entry = new Entry(clause, searcher);
        lock (_started)
        {
            _started.Add(entry);
        }
        if (_queue)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static e => e.TryMake(), entry, preferLocal: false);
        }
    }

    /// <summary>
    /// The weight started for a clause equal to <paramref name="clause"/> (made here if no worker has begun it, waited
    /// for if one is making it; given out once), or null when none was started. A failure to make it is thrown here as
    /// it was thrown.
    /// </summary>
    public Weight? Take(Query clause)
    {
        Entry? found = null;
        lock (_started)
        {
            var i = _started.FindIndex(e => ReferenceEquals(e.Clause, clause) || e.Clause.Equals(clause));
            if (i >= 0)
            {
                found = _started[i];
                _started.RemoveAt(i);
            }
        }
        return found?.Get();
    }

    /// <summary>
    /// Ends the search's use of the weights not taken (a search that failed, or did not keep a clause): one not begun is
    /// never made, and one being made is waited for, so that none outlives the search's use of the reader.
    /// </summary>
    public void Finish()
    {
        List<Entry> left;
        lock (_started)
        {
            left = [.. _started];
            _started.Clear();
        }
        foreach (var entry in left)
        {
            entry.Cancel();
        }
    }

    /// <summary>One clause's weight: made at most once, by the first of the worker and the search.</summary>
    private sealed class Entry(Query clause, IndexSearcher searcher)
    {
        private const int Queued = 0;
        private const int Making = 1;
        private const int Made = 2;
        private const int Cancelled = 3;

        private readonly ManualResetEventSlim _done = new();
        private int _state;
        private Weight? _weight;
        private ExceptionDispatchInfo? _failure;

        public Query Clause { get; } = clause;

        /// <summary>On the worker: makes the weight unless the search began it or no longer wants it.</summary>
        public void TryMake()
        {
            if (Interlocked.CompareExchange(ref _state, Making, Queued) == Queued)
            {
                Make();
            }
        }

        /// <summary>On the search: the weight, made here when no worker has begun it.</summary>
        public Weight Get()
        {
            if (Interlocked.CompareExchange(ref _state, Making, Queued) == Queued)
            {
                Make();
            }
            else
            {
                _done.Wait();
            }
            _failure?.Throw();
            return _weight!;
        }

        /// <summary>Makes sure the weight is not being made once this returns, and never will be.</summary>
        public void Cancel()
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) != Queued)
            {
                _done.Wait();
            }
        }

        private void Make()
        {
            try
            {
                _weight = Clause.CreateWeight(searcher);
            }
            catch (Exception e)
            {
                _failure = ExceptionDispatchInfo.Capture(e);
            }
            finally
            {
                Volatile.Write(ref _state, Made);
                _done.Set();
            }
        }
    }
}
