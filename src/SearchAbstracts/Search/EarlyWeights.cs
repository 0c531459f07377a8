using Lucene.Net.Search;

namespace SearchAbstracts.Search;

/// <summary>
/// Weights of query clauses made on another core while the rest of the query is still being built, for the search to
/// take when it reaches those clauses (<see cref="DisjunctionSearch"/>). A clause is taken only by a query that holds
/// an equal clause, so a weight started for a clause that the query did not keep in the end is simply not used.
/// </summary>
/// <remarks>
/// Why: the title-phrase bonus of a pasted title is a phrase of some ten title words, and making its weight looks each
/// word up in every segment with a fresh terms enumerator (Lucene's <c>PhraseWeight</c> does not take states made
/// elsewhere). That was 5% of the searching thread's time (arXiv 115k, perf), spent while the other core had nothing to
/// do: the query is built on one thread. A weight is the same whichever thread makes it; it is normalized later, by
/// the search, as before.
/// </remarks>
internal sealed class EarlyWeights
{
    private readonly List<(Query Clause, Task<Weight> Weight)> _started = [];

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

    /// <summary>Starts making the weight of <paramref name="clause"/> against <paramref name="searcher"/> on another core, when there is one.</summary>
    /// <remarks>The clause must not change afterwards (it is read on both threads).</remarks>
    public void Start(IndexSearcher searcher, Query clause)
    {
        if (Environment.ProcessorCount < 2)
        {
            return;
        }
        var weight = Task.Run(() => clause.CreateWeight(searcher));
        lock (_started)
        {
            _started.Add((clause, weight));
        }
    }

    /// <summary>
    /// The weight started for a clause equal to <paramref name="clause"/> (waited for if still being made, and given out
    /// once), or null when none was started. A failure to make it is thrown here as it was thrown.
    /// </summary>
    public Weight? Take(Query clause)
    {
        lock (_started)
        {
            for (var i = 0; i < _started.Count; i++)
            {
                var (started, weight) = _started[i];
                if (ReferenceEquals(started, clause) || started.Equals(clause))
                {
                    _started.RemoveAt(i);
                    return weight.GetAwaiter().GetResult();
                }
            }
        }
        return null;
    }

    /// <summary>Waits for the weights not taken (a search that failed, or did not keep a clause), so that none outlives the search's use of the reader.</summary>
    public void Finish()
    {
        lock (_started)
        {
            foreach (var (_, weight) in _started)
            {
                try
                {
                    weight.Wait();
                }
                catch (AggregateException)
                {
                    // Not used: a failure here changes nothing the search returned.
                }
            }
            _started.Clear();
        }
    }
}
