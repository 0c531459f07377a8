using System.Runtime.ExceptionServices;

namespace SearchAbstracts.Search;

/// <summary>
/// Runs the independent per-hit steps of one search (reading and analyzing the feedback documents, reading and
/// highlighting the page) on every core. A search used one core of two; these steps were over a third of a topical
/// search on arXiv 115k. Results go into per-index slots and are combined in order afterwards, so they are the same
/// as a sequential run's.
/// </summary>
internal static class Concurrently
{
    /// <summary>Below this many items the hand-off costs more than it saves.</summary>
    private const int MinItems = 4;

    /// <summary>Calls <paramref name="body"/> for 0 … <paramref name="count"/> − 1, concurrently when worth it; an exception is rethrown as itself, not wrapped.</summary>
    public static void For(int count, Action<int> body, bool allowed = true)
    {
        if (!allowed || count < MinItems || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < count; i++)
            {
                body(i);
            }
            return;
        }
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // Callers map a damaged index's IOException to a clear message; it must reach them as it was thrown.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            throw;
        }
    }
}
