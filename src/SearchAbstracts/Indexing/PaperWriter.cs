using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>
/// Adds or replaces papers by id while holding the index's write lock. Nothing is visible to searches
/// until <see cref="Commit"/>; disposing without committing discards what was added.
/// </summary>
public sealed class PaperWriter : IDisposable
{
    private readonly IndexWriter _writer;
    private readonly WriterLock _lock;
    private readonly DirectoryReader? _beforeReader;
    private readonly IndexSearcher? _before;
    private readonly Action _onCommit;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    internal PaperWriter(IndexWriter writer, WriterLock writerLock, DirectoryReader? before, Action onCommit)
    {
        _writer = writer;
        _lock = writerLock;
        _beforeReader = before;
        _before = before is null ? null : new IndexSearcher(before);
        _onCommit = onCommit;
    }

    /// <summary>Papers added since the writer was opened that were not in the index before.</summary>
    public int Added { get; private set; }

    /// <summary>Papers whose id was already in the index (or earlier in this batch) and were replaced.</summary>
    public int Replaced { get; private set; }

    /// <summary>Adds <paramref name="paper"/>, replacing any paper with the same id. Returns true when it replaced one.</summary>
    public bool AddOrReplace(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var replaced = !_written.Add(paper.Id) || ExistedBefore(paper.Id);
        _writer.UpdateDocument(PaperDocumentMapper.IdTerm(paper.Id), PaperDocumentMapper.ToDocument(paper));
        if (replaced)
        {
            Replaced++;
        }
        else
        {
            Added++;
        }
        return replaced;
    }

    /// <summary>Makes everything written so far durable and visible to new searches.</summary>
    public void Commit()
    {
        _writer.SetCommitData(SchemaInfo.CommitData());
        _writer.Commit();
        _onCommit();
    }

    /// <summary>Releases the write lock, discarding anything not committed.</summary>
    public void Dispose()
    {
        // Rollback also closes the writer and releases the lock; after a Commit it discards nothing.
        _writer.Rollback();
        _beforeReader?.Dispose();
        _lock.Dispose();
    }

    private bool ExistedBefore(string id) =>
        _before is not null && _before.Search(new TermQuery(PaperDocumentMapper.IdTerm(id)), 1).TotalHits > 0;
}
