using System.Collections.Concurrent;
using Lucene.Net.Documents;

namespace SearchAbstracts.Search;

/// <summary>
/// The parts of a result that depend only on the paper and the query (the stored paper, its title marks and
/// snippets), made at most once per paper in one search, by whichever thread asks first: the page, or a thread that
/// started on the likely page early (<see cref="StartAhead"/>).
/// </summary>
/// <remarks>
/// Why: a search with feedback chooses its words on one core while the other waits. The first-pass top hits it has
/// just read are most of the final page, so making some of their parts then takes that work off the end of the
/// search (pasted titles on arXiv 115k: p50 3.50 → 3.37 ms). Making them during the stages that use both cores as
/// well gained nothing: the work only moved. A paper that is not on the page in the end
/// was made for nothing, at the cost of an otherwise idle core. The parts are the same whichever thread makes them,
/// so the result is too.
/// </remarks>
internal sealed class HitPreparation
{
    private readonly Func<int, Document> _read;
    private readonly Func<Document, HitParts> _make;
    private readonly ConcurrentDictionary<int, Lazy<HitParts>> _parts = new();
    private Task? _ahead;
    private volatile bool _stop;

    /// <param name="read">Reads a paper's stored document by its doc id.</param>
    /// <param name="make">Makes the parts of a paper from its stored document; called from several threads at once.</param>
    public HitPreparation(Func<int, Document> read, Func<Document, HitParts> make)
    {
        _read = read;
        _make = make;
    }

    /// <summary>The parts of the paper <paramref name="doc"/>: made now, or waited for when another thread is making them.</summary>
    /// <remarks>A failure to make them (a damaged index) is thrown here, to the thread that needs them, as it was thrown.</remarks>
    public HitParts Get(int doc) =>
        _parts.GetOrAdd(doc, id => new Lazy<HitParts>(() => _make(_read(id)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Starts making the parts of <paramref name="papers"/> (doc id and stored document, likeliest first) on another thread, until <see cref="Stop"/>.</summary>
    public void StartAhead(IReadOnlyList<(int Doc, Document Stored)> papers)
    {
        if (_ahead is not null || Environment.ProcessorCount < 2)
        {
            return;
        }
        _ahead = Task.Run(() =>
        {
            foreach (var (doc, stored) in papers)
            {
                if (_stop)
                {
                    return;
                }
                try
                {
                    _ = _parts.GetOrAdd(doc, _ => new Lazy<HitParts>(() => _make(stored), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
                }
                catch (Exception)
                {
                    // Kept in the paper's entry: Get throws it to the page if the paper is on it, and else it does not matter.
                }
            }
        });
    }

    /// <summary>Asks the early thread to start no other paper (the page is being made).</summary>
    public void StopAhead() => _stop = true;

    /// <summary>Stops the early thread and waits for the paper it is making, so that no work of this search outlives it.</summary>
    public void Stop()
    {
        _stop = true;
        _ahead?.Wait();
    }
}
