using Lucene.Net.Documents;
using Lucene.Net.Index;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>
/// Adds or replaces papers by id while holding the index's write lock. Nothing is visible to searches
/// until <see cref="Commit"/>; disposing without committing discards what was added since the last commit.
/// </summary>
/// <remarks><see cref="AddOrReplace"/> is for one thread at a time; the indexing pipeline writes from several threads through the internal methods.</remarks>
public sealed class PaperWriter : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly WriterLock _lock;
    private readonly Action _onCommit;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);
    private int _added;
    private int _replaced;
    private readonly double _bufferBudgetMB;
    private int _sinceBalance;
    private int _maxBufferedDocs;
    private bool _inRounds;
    private volatile Task? _commitAlongside;

    /// <summary>Lucene's limit is never set below this: tiny segments would cost more merging than the memory saves.</summary>
    private const double MinimumBufferMB = 4;

    internal PaperWriter(IndexWriter writer, WriterLock writerLock, Dictionary<string, IndexedPaper> existing, Action onCommit)
    {
        _writer = writer;
        _lock = writerLock;
        Existing = existing;
        _onCommit = onCommit;
        _bufferBudgetMB = writer.Config.RAMBufferSizeMB;
    }

    /// <summary>Papers added since the writer was opened that were not in the index before.</summary>
    public int Added => _added;

    /// <summary>Papers whose id was already in the index (or written earlier through this writer) and were replaced.</summary>
    public int Replaced => _replaced;

    /// <summary>Lucene's own RAM limit now: its share of the budget (see <see cref="Balance"/>).</summary>
    internal double LuceneRamLimitMB => _writer.Config.RAMBufferSizeMB;

    /// <summary>Papers added but not yet written to a segment on disk (Lucene's in-memory segments).</summary>
    internal int BufferedPapers => _writer.NumRamDocs();

    /// <summary>In-memory segments with buffered words that began to be written to disk since the index was opened (not merges).</summary>
    internal long SegmentsWritten => TextPostingsBuffer.FlushesStarted(_writer.Directory);

    /// <summary>Lucene's document-count limit for an in-memory segment (-1: none, the memory budget decides).</summary>
    internal int LuceneMaxBufferedDocs => _writer.Config.MaxBufferedDocs;

    /// <summary>The papers the index held when this writer opened, by id (empty when it starts a new index).</summary>
    internal Dictionary<string, IndexedPaper> Existing { get; }

    /// <summary>Adds <paramref name="paper"/>, replacing any paper with the same id. Returns true when it replaced one.</summary>
    public bool AddOrReplace(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var replaced = !_written.Add(paper.Id) || Existing.ContainsKey(paper.Id);
        var doc = PaperDocumentMapper.ToDocument(paper);
        if (replaced)
        {
            Update(paper.Id, doc);
            _replaced++;
        }
        else
        {
            Add(doc);
            _added++;
        }
        return replaced;
    }

    /// <summary>Makes everything written so far durable and visible to new searches, in one atomic step.</summary>
    public void Commit()
    {
        _writer.SetCommitData(SchemaInfo.CommitData());
        _writer.Commit();
        _onCommit();
    }

    /// <summary>
    /// Starts <see cref="Commit"/> on another thread and returns once it holds exactly the papers added so far, so that
    /// other threads may go on adding papers while it writes and syncs: Lucene puts those in new in-memory segments,
    /// left for the next commit. Call it only while no thread is adding papers.
    /// </summary>
    /// <returns>The commit; it ends with the commit and rethrows its failure.</returns>
    internal Task CommitAlongside()
    {
        // The commit first takes every in-memory segment for itself (papers added after that start new ones), then
        // writes them. With no thread adding papers, the first segment written after this point is one it took.
        var flushes = SegmentsWritten;
        var commit = Task.Run(Commit);
        _commitAlongside = commit;
        SpinWait.SpinUntil(() => commit.IsCompleted || SegmentsWritten != flushes);
        return commit;
    }

    /// <summary>Releases the write lock, discarding anything not committed.</summary>
    public void Dispose()
    {
        // Rollback also closes the writer and releases Lucene's lock; after a Commit it discards nothing.
        _writer.Rollback();
        _lock.Dispose();
    }

    /// <summary>Adds a document whose id is known not to be in the index. Safe from several threads.</summary>
    internal void Add(Document doc)
    {
        _writer.AddDocument(doc);
        Balance();
    }

    /// <summary>Replaces the paper with <paramref name="id"/> (or adds it). Safe from several threads.</summary>
    internal void Update(string id, Document doc)
    {
        _writer.UpdateDocument(PaperDocumentMapper.IdTerm(id), doc);
        Balance();
    }

    /// <summary>
    /// Keeps the memory of unflushed documents within the budget the writer was opened with. Lucene flushes a segment
    /// when the bytes it accounts for reach its limit, but title and abstract words are buffered outside its accounting
    /// (<see cref="TextPostingsBuffer"/>) and grow in step with them: the limit is set to Lucene's share of the budget.
    /// </summary>
    private void Balance()
    {
        if (_inRounds || (Interlocked.Increment(ref _sinceBalance) & 255) != 0 || _bufferBudgetMB <= 0)
        {
            return;
        }
        var buffered = TextPostingsBuffer.BufferedBytes(_writer.Directory);
        var lucene = _writer.RamSizeInBytes();
        var share = lucene + buffered == 0 ? 1 : (double)lucene / (lucene + buffered);
        _writer.Config.RAMBufferSizeMB = Math.Max(MinimumBufferMB, _bufferBudgetMB * share);
    }

    /// <summary>
    /// Leaves it to the caller to decide when the in-memory segments are written (<see cref="SegmentsDue"/>), so that
    /// its threads can write them side by side (<see cref="BeginThreadFlushes"/>). Lucene, left to itself, writes the
    /// largest one on the thread that fills the budget while the others go on adding, and every so often the input ends
    /// while one thread is writing: the last segments are then written one after the other, with a core idle (about
    /// 0.4 s of 8 on arXiv 115k with two threads). Lucene's own limit stays at the whole budget, which its share alone
    /// reaches only if the caller never asks.
    /// </summary>
    internal void FlushInRounds()
    {
        _inRounds = true;
        _writer.Config.RAMBufferSizeMB = Math.Max(MinimumBufferMB, _bufferBudgetMB);
    }

    /// <summary>
    /// True when the in-memory segments, with their buffered words, fill the budget (see <see cref="FlushInRounds"/>).
    /// </summary>
    /// <remarks>
    /// Never while a commit writes beside the indexing threads (<see cref="CommitAlongside"/>): the memory of the
    /// segments it writes still counts, and a round then would write the threads' new, small ones.
    /// </remarks>
    internal bool SegmentsDue =>
        _bufferBudgetMB > 0 &&
        _commitAlongside is not { IsCompleted: false } &&
        _writer.RamSizeInBytes() + TextPostingsBuffer.BufferedBytes(_writer.Directory) >= _bufferBudgetMB * 1024 * 1024;

    /// <summary>
    /// Makes <see cref="FlushThreadSegment"/> write segments out until <see cref="EndThreadFlushes"/>: any in-memory
    /// segment of two papers or more is due. Call it only while no thread is adding papers.
    /// </summary>
    internal void BeginThreadFlushes()
    {
        _maxBufferedDocs = _writer.Config.MaxBufferedDocs;
        _writer.Config.MaxBufferedDocs = 2;
    }

    /// <summary>
    /// Writes the in-memory segment Lucene hands this thread to disk, on this thread, between
    /// <see cref="BeginThreadFlushes"/> and <see cref="EndThreadFlushes"/>. A commit flushes what is still in memory
    /// one segment after another on the committing thread; calling this from every indexing thread first writes them
    /// side by side. Adding no documents is how a thread asks: Lucene checks its flush policy after every add, and a
    /// failure surfaces here, before the commit, like any failed add.
    /// </summary>
    internal void FlushThreadSegment() => _writer.AddDocuments([]);

    /// <summary>Restores the document-count limit <see cref="BeginThreadFlushes"/> replaced.</summary>
    internal void EndThreadFlushes() => _writer.Config.MaxBufferedDocs = _maxBufferedDocs;

    /// <summary>Deletes the paper with <paramref name="id"/>, if there is one.</summary>
    internal void Delete(string id) => _writer.DeleteDocuments(PaperDocumentMapper.IdTerm(id));
}
