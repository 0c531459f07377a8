using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SearchAbstracts.Acronyms;
using SearchAbstracts.Analysis;
using SearchAbstracts.Evaluation;
using SearchAbstracts.Facets;
using SearchAbstracts.Indexing;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;
using SearchAbstracts.Storage;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace SearchAbstracts;

/// <summary>
/// A SearchAbstracts index on disk: the entry point of the library. Open one for searching with
/// <see cref="Open"/>, or with <see cref="OpenOrCreate"/> to add papers; then <see cref="Search"/>,
/// <see cref="Get"/>, <see cref="GetStats"/>, <see cref="AddFiles"/> or <see cref="OpenWriter()"/>.
/// </summary>
/// <remarks>
/// Searching takes no lock, so any number of processes may search while one writes; writing takes the
/// index's write lock only for the life of a <see cref="PaperWriter"/>. Instances are safe to share
/// between threads for searching.
/// </remarks>
public sealed class AbstractsIndex : IDisposable
{
    private readonly LuceneDirectory _directory;

    /// <summary>What searches read through: memory maps for a folder on disk (see <see cref="MappedDirectory"/>), else <see cref="_directory"/>.</summary>
    private readonly LuceneDirectory _readDirectory;
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = PaperAnalyzers.Create();
    private readonly Lucene.Net.Analysis.Analyzer _queryAnalyzer = PaperAnalyzers.Create(queryStopWords: true);
    private readonly object _gate = new();
    private DirectoryReader? _reader;
    private bool _createOnNextWriter;
    private bool _disposed;

    static AbstractsIndex() => PaperCodec.Register();

    private AbstractsIndex(string path, LuceneDirectory directory, LuceneDirectory? readDirectory = null)
    {
        IndexPath = path;
        _directory = directory;
        _readDirectory = readDirectory ?? directory;
    }

    /// <summary>The index folder as the caller named it.</summary>
    public string IndexPath { get; }

    /// <summary>
    /// BM25 with k1 0.9, b 0.4 (Anserini's defaults), at index and query time. On SciFact and Cranfield other
    /// values moved nDCG@10 by less than 0.003 (README, "Relevance").
    /// </summary>
    internal static Similarity Similarity { get; } = new BM25Similarity(0.9f, 0.4f);

    /// <summary>The writer's: the same norms, the flat field's made from title and abstract (<see cref="Schema.IndexingSimilarity"/>).</summary>
    internal static Similarity IndexingSimilarity { get; } = new IndexingSimilarity(Similarity);

    internal Lucene.Net.Analysis.Analyzer Analyzer => _analyzer;

    /// <summary>The index chain plus query stop words, for profiles that drop them.</summary>
    internal Lucene.Net.Analysis.Analyzer QueryAnalyzer => _queryAnalyzer;

    /// <summary>True when <paramref name="path"/> holds a Lucene index (of any schema).</summary>
    public static bool Exists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }
        using var dir = FSDirectory.Open(path);
        return HasCommit(dir, path);
    }

    /// <summary>
    /// True when the folder holds a commit that can be read. A first commit that is still being written (or was cut
    /// off by a crash) leaves an unreadable <c>segments_1</c> and nothing earlier: that is no index yet, not a damaged one.
    /// </summary>
    private static bool HasCommit(LuceneDirectory directory, string path) =>
        DirectoryReader.IndexExists(directory) && !IndexErrors.IsUnfinishedFirstCommit(directory, path);

    /// <summary>Opens an existing index for searching.</summary>
    /// <exception cref="IndexUnavailableException">The index is missing, of another schema, or damaged.</exception>
    public static AbstractsIndex Open(string path)
    {
        if (!Exists(path))
        {
            throw IndexErrors.Missing(path);
        }
        var index = new AbstractsIndex(path, new WriterDirectory(path), new MappedDirectory(path));
        try
        {
            index.Refresh();
            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index at <paramref name="path"/> for searching and writing, creating the folder when there
    /// is none; until the first commit such a new index searches as empty. With <paramref name="rebuild"/>, the
    /// next <see cref="OpenWriter()"/> starts from an empty index whatever was there (also an index of another
    /// schema); searches see the old contents until that writer commits.
    /// </summary>
    /// <exception cref="IndexUnavailableException">
    /// The folder holds other files (<see cref="IndexProblem.NotAnIndex"/>), or cannot be created (<see cref="IndexProblem.ReadOnly"/>).
    /// </exception>
    public static AbstractsIndex OpenOrCreate(string path, bool rebuild = false)
    {
        try
        {
            System.IO.Directory.CreateDirectory(path);
        }
        catch (Exception e) when (IndexErrors.WriteRefusal(e) is { } reason)
        {
            throw IndexErrors.CannotCreate(path, reason, e);
        }
        var exists = Exists(path);
        if (!rebuild && !exists)
        {
            IndexErrors.ThrowIfForeignFolder(path);
        }
        if (rebuild || !exists)
        {
            // Nothing is written until the first commit, so a run that reads nothing leaves no empty index behind.
            return new AbstractsIndex(path, new WriterDirectory(path), new MappedDirectory(path)) { _createOnNextWriter = true };
        }
        return Open(path);
    }

    /// <summary>
    /// For tests: an index over a given Lucene directory (e.g. one that fails like a full disk), at a real
    /// <paramref name="path"/> for the write lock. Searches see it as empty until its first commit.
    /// </summary>
    internal static AbstractsIndex OverDirectory(string path, LuceneDirectory directory, bool create)
    {
        System.IO.Directory.CreateDirectory(path);
        var index = new AbstractsIndex(path, directory) { _createOnNextWriter = create };
        index.Refresh();
        return index;
    }

    /// <summary>Takes the write lock and returns a writer that adds or replaces papers by id.</summary>
    /// <exception cref="IndexUnavailableException">
    /// Another writer holds the lock (<see cref="IndexProblem.Locked"/>), or the folder cannot be written
    /// (<see cref="IndexProblem.ReadOnly"/>); either way nothing was written.
    /// </exception>
    public PaperWriter OpenWriter() => OpenWriter(WriterBudgetMB);

    /// <summary>
    /// Memory for papers added but not yet written to disk, in MB: large flushed segments mean fewer of them to search
    /// and less merging. The budget includes the title and abstract words buffered outside Lucene's accounting (see
    /// <see cref="PaperWriter"/>); writing a segment sorts those words into a second buffer as large, so the peak is
    /// well above it. arXiv 115k on two threads, which write their segments side by side: 56 MB made 8 segments (187.9
    /// MB on disk, titles p50 2.10 ms) with a peak of 233-240 MB (255-259 MB on one thread); 48 MB made 10 (189.3 MB,
    /// 2.40 ms) with 220-221 MB. Earlier, on one thread, 40 MB took a second longer than 48.
    /// </summary>
    internal const double WriterBudgetMB = 56;

    /// <summary>As <see cref="OpenWriter()"/>, with a memory budget for unwritten papers (see <see cref="WriterBudgetMB"/>).</summary>
    internal PaperWriter OpenWriter(double budgetMB)
    {
        var writerLock = WriterLock.Acquire(IndexPath);
        // Decided under the lock: an unfinished first commit (a writer killed while writing it) is started afresh.
        var create = _createOnNextWriter || !HasCommit(_directory, IndexPath);
        var config = new IndexWriterConfig(LuceneSettings.Version, _analyzer)
        {
            Similarity = IndexingSimilarity,
            OpenMode = create ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = budgetMB,
            // Compound files cost a second copy of every new segment; an index folder is not short of file handles.
            UseCompoundFile = false,
            Codec = new PaperCodec(),
        };
        config.MergePolicy.NoCFSRatio = 0;
        try
        {
            // What the index holds before this writer changes it: ids, content hashes and source files, to skip
            // unchanged records and to prune (doc values only, so this is fast even for a large index).
            var existing = new Dictionary<string, IndexedPaper>(StringComparer.Ordinal);
            if (!create)
            {
                using var snapshot = IndexErrors.OpenChecked(_directory, IndexPath);
                existing = IndexedPaper.LoadAll(snapshot);
            }
            var writer = CreateWriter(config);
            _createOnNextWriter = false;
            return new PaperWriter(writer, writerLock, existing, () => Refresh());
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>Lucene's writer; taking Lucene's own lock is its first write, so a read-only folder fails here if not before.</summary>
    private IndexWriter CreateWriter(IndexWriterConfig config)
    {
        try
        {
            return new IndexWriter(_directory, config);
        }
        catch (Exception e) when (IndexErrors.WriteRefusal(e) is { } reason)
        {
            throw IndexErrors.ReadOnly(IndexPath, reason, e);
        }
        catch (LockObtainFailedException e)
        {
            throw IndexErrors.Locked(IndexPath, e);
        }
    }

    /// <summary>Reads paper files and folders (see <see cref="Ingest.InputFiles"/>) and adds or replaces their papers.</summary>
    /// <param name="paths">Files (any supported format) and folders.</param>
    /// <param name="options">Threads, format, pruning, progress and cancellation; null for the defaults.</param>
    /// <exception cref="IndexUnavailableException">Another writer holds the lock, or the index is damaged.</exception>
    public IndexBuildReport AddFiles(IEnumerable<string> paths, IndexingOptions? options = null) =>
        IndexBuilder.Build(this, paths.ToList(), options ?? new IndexingOptions());

    /// <summary>Runs a search: ranked hits with snippets, facet counts and the total, in one pass.</summary>
    /// <remarks>Searches the commit seen at opening or at the last <see cref="Refresh"/> (or commit through this instance).</remarks>
    /// <exception cref="InvalidRequestException">The request or its query is invalid.</exception>
    public SearchResults Search(SearchRequest request) => WithSearcher(searcher => PaperSearcher.Search(this, searcher, request));

    /// <summary>Ranks plain-word query text with <paramref name="profile"/>: ids and scores only, for evaluation.</summary>
    internal IReadOnlyList<RankedDoc> Rank(string text, RankingProfile profile, int depth)
    {
        try
        {
            return WithSearcher(searcher => PaperSearcher.Rank(this, searcher, text, profile, depth));
        }
        catch (InvalidRequestException)
        {
            // An evaluation query with no searchable text retrieves nothing; it still counts (as 0).
            return [];
        }
    }

    /// <summary>Returns the paper with <paramref name="id"/>, or null.</summary>
    public Paper? Get(string id) => WithSearcher(searcher =>
    {
        var top = searcher.Search(new TermQuery(PaperDocumentMapper.IdTerm(id)), 1);
        return top.TotalHits == 0 ? null : PaperDocumentMapper.ToPaper(PaperDocumentMapper.Load(searcher, top.ScoreDocs[0].Doc));
    });

    /// <summary>Counts papers by venue and year and measures the index on disk.</summary>
    public IndexStats GetStats() => WithSearcher(searcher =>
    {
        var collector = new FacetCountingCollector(null, FacetFilter.None);
        searcher.Search(new MatchAllDocsQuery(), collector);
        var size = new DirectoryInfo(IndexPath).EnumerateFiles().Sum(f => f.Length);
        return new IndexStats(searcher.IndexReader.NumDocs, collector.VenueCounts(), collector.YearCounts(), size);
    });

    /// <summary>
    /// Acronym definitions (<c>long form (ACRONYM)</c>) learned from the indexed titles and abstracts, with the
    /// number of papers that define each; most common first.
    /// </summary>
    public IReadOnlyList<AcronymCount> GetAcronyms() => WithSearcher(searcher => AcronymCatalog.List(searcher.IndexReader));

    /// <summary>
    /// Makes later searches see the latest commit, e.g. one made by an <c>index</c> run in another process.
    /// Searches already running finish on what they started with. Cheap when nothing changed.
    /// </summary>
    /// <returns>True when there was a newer commit to switch to.</returns>
    /// <exception cref="IndexUnavailableException">The new commit cannot be read (damaged or of another schema).</exception>
    public bool Refresh()
    {
        lock (_gate)
        {
            if (_reader is null)
            {
                if (!HasCommit(_directory, IndexPath))
                {
                    return false;
                }
                _reader = IndexErrors.OpenChecked(_readDirectory, IndexPath);
                return true;
            }
            var newer = IndexErrors.Refreshed(_reader, IndexPath);
            if (newer is null)
            {
                return false;
            }
            var old = _reader;
            _reader = newer;
            // Searches holding the old reader keep it open until they finish (reference counted).
            old.DecRef();
            return true;
        }
    }

    /// <summary>Closes the reader once running searches are done with it. Writers must be disposed separately.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _reader?.DecRef();
            _reader = null;
            _disposed = true;
        }
        _directory.Dispose();
        if (!ReferenceEquals(_readDirectory, _directory))
        {
            _readDirectory.Dispose();
        }
        _analyzer.Dispose();
        _queryAnalyzer.Dispose();
    }

    /// <summary>Runs <paramref name="work"/> on a searcher over the current reader, holding a reference so a refresh cannot close it midway.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> work)
    {
        var reader = Acquire();
        try
        {
            return work(new PaperIndexSearcher(reader) { Similarity = Similarity });
        }
        catch (Exception e) when (e is CorruptIndexException or EndOfStreamException
                                   || (e is IOException && e is not FileNotFoundException && !ReferenceEquals(reader, NoDocuments)))
        {
            // A damaged file that opening the index did not read (e.g. postings cut short) shows only when a search reads it.
            throw IndexErrors.Corrupt(IndexPath, e);
        }
        finally
        {
            if (!ReferenceEquals(reader, NoDocuments))
            {
                reader.DecRef();
            }
        }
    }

    /// <summary>An index created by <see cref="OpenOrCreate"/> but never committed has no files yet: it reads as empty.</summary>
    private static readonly MultiReader NoDocuments = new();

    private IndexReader Acquire()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_reader is null)
            {
                if (!HasCommit(_directory, IndexPath))
                {
                    return NoDocuments;
                }
                _reader = IndexErrors.OpenChecked(_readDirectory, IndexPath);
            }
            _reader.IncRef();
            return _reader;
        }
    }
}
