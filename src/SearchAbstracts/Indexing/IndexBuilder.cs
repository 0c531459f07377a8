using System.Diagnostics;
using SearchAbstracts.Ingest;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>
/// The write path behind <c>index</c>: streams the papers of every input file to the writer's threads, skips
/// records the index already holds unchanged, commits every few seconds and at the end, and can prune papers
/// their file no longer has.
/// </summary>
internal sealed class IndexBuilder
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly IndexingOptions _options;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Stopwatch _sinceCommit = Stopwatch.StartNew();
    private readonly Stopwatch _sinceProgress = Stopwatch.StartNew();
    private readonly List<Diagnostic> _diagnostics = [];

    /// <summary>Ids read in this run, with the number of the file each came from (to warn about repeats across files).</summary>
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Repeats of an id within the run: written last, in input order, so the last record wins whatever the threads do.</summary>
    private readonly List<Paper> _repeats = [];

    private PaperWriter _writer = null!;
    private IndexingPipeline _pipeline = null!;
    private IReadOnlyList<string> _files = [];
    private int _fileNumber;
    private long _bytesRead;
    private long _totalBytes;
    private int _records;
    private int _added;
    private int _updated;
    private int _unchanged;
    private bool _committed;

    /// <summary>A periodic commit writing beside the indexing threads, if one was started (see <see cref="CommitPeriodically"/>).</summary>
    private Task? _periodicCommit;

    private IndexBuilder(IndexingOptions options) => _options = options;

    public static IndexBuildReport Build(AbstractsIndex index, IReadOnlyList<string> paths, IndexingOptions options) =>
        new IndexBuilder(options).Run(index, paths);

    private IndexBuildReport Run(AbstractsIndex index, IReadOnlyList<string> paths)
    {
        _files = InputFiles.Expand(paths, _diagnostics);
        if (_files.Count == 0)
        {
            // Nothing to read: leave the index (and its lock) alone rather than commit an empty change.
            return Report(0, 0, unreadable: false, cancelled: false);
        }
        _totalBytes = _files.Sum(PaperFileReader.SizeOf);
        using (_writer = index.OpenWriter(_options.MemoryBudgetMB))
        {
            try
            {
                return Write();
            }
            finally
            {
                // Never roll the writer back (dispose it) while a commit is writing on another thread; a failure of that
                // commit, if any, was rethrown already or is masked by the one leaving here.
                if (_periodicCommit is IAsyncResult commit)
                {
                    commit.AsyncWaitHandle.WaitOne();
                }
            }
        }
    }

    /// <summary>Streams every input file to the writer's threads, then commits (see <see cref="Run"/>).</summary>
    private IndexBuildReport Write()
    {
        var skipped = 0;
        var unreadable = false;
        var fullyRead = new List<string>();
        using (_pipeline = new IndexingPipeline(_writer, _options.Threads))
        {
            foreach (var file in _files)
            {
                if (_options.Cancellation.IsCancellationRequested)
                {
                    break;
                }
                _fileNumber++;
                var result = PaperFileReader.Stream(file, _options.Format, _options.CsvMap, Dispatch, AddBytes, _options.Cancellation);
                _diagnostics.AddRange(result.Diagnostics);
                unreadable |= result.Unreadable;
                skipped += result.Skipped;
                if (!result.Unreadable && result.Skipped == 0 && !_options.Cancellation.IsCancellationRequested)
                {
                    fullyRead.Add(file);
                }
                else if (_options.Prune && !_options.Cancellation.IsCancellationRequested)
                {
                    _diagnostics.Add(new Diagnostic(file, 0, DiagnosticSeverity.Warning,
                        "not pruned: some of its records could not be read, so papers missing from it may only be mistyped; fix them and index again"));
                }
            }
            AwaitPeriodicCommit();
            _pipeline.DrainAndFlush();
        }
        foreach (var paper in _repeats)
        {
            _writer.Update(paper.Id, PaperDocumentMapper.ToDocument(paper));
        }
        var cancelled = _options.Cancellation.IsCancellationRequested;
        var pruned = _options.Prune && !cancelled ? Prune(fullyRead) : 0;
        if (_added + _updated + pruned > 0)
        {
            Commit();
        }
        // else: nothing changed (or nothing was read), so nothing is rewritten and a --rebuild from only bad files keeps the old index.
        ReportProgress(force: true);
        return Report(pruned, skipped, unreadable, cancelled);
    }

    /// <summary>Decides, in input order on the reading thread, whether a record is new, changed, a repeat or unchanged.</summary>
    private void Dispatch(Paper paper, int line)
    {
        _records++;
        if (_seen.TryGetValue(paper.Id, out var earlierFile))
        {
            if (earlierFile != _fileNumber)
            {
                _diagnostics.Add(new Diagnostic(paper.Source ?? _files[_fileNumber - 1], line, DiagnosticSeverity.Warning,
                    $"\"{paper.Title}\" has the same id ({paper.Id}) as a record in {_files[earlierFile - 1]}; the later record replaces the earlier one"));
            }
            _seen[paper.Id] = _fileNumber;
            _repeats.Add(paper);
            _updated++;
            return;
        }
        _seen.Add(paper.Id, _fileNumber);
        if (_writer.Existing.TryGetValue(paper.Id, out var indexed))
        {
            var hash = ContentHash.Of(paper);
            if (hash.AsSpan().SequenceEqual(indexed.Hash))
            {
                _unchanged++;
            }
            else
            {
                _pipeline.Post(paper, hash, replace: true);
                _updated++;
            }
        }
        else
        {
            _pipeline.Post(paper, hash: null, replace: false);
            _added++;
        }
        if (_sinceCommit.Elapsed >= _options.CommitInterval && _added + _updated > 0)
        {
            CommitPeriodically();
        }
        ReportProgress(force: false);
    }

    private int Prune(List<string> fullyRead)
    {
        var keys = fullyRead.Select(PaperDocumentMapper.SourceKey).ToHashSet(StringComparer.Ordinal);
        var pruned = 0;
        foreach (var (id, indexed) in _writer.Existing)
        {
            if (indexed.SourceKey is not null && keys.Contains(indexed.SourceKey) && !_seen.ContainsKey(id))
            {
                _writer.Delete(id);
                pruned++;
            }
        }
        return pruned;
    }

    /// <summary>
    /// Commits what was read so far. With several threads the commit writes beside them: writing the in-memory segments
    /// and syncing the files took a second on arXiv 115k, with the reading and indexing threads waiting and one core
    /// idle. The commit still holds exactly the papers read before it (<see cref="PaperWriter.CommitAlongside"/>). If the
    /// last one is still writing, the next record past the interval tries again.
    /// </summary>
    private void CommitPeriodically()
    {
        if (_options.Threads <= 1)
        {
            _pipeline.Drain();
            Commit();
            return;
        }
        if (_periodicCommit is { IsCompleted: false })
        {
            return;
        }
        AwaitPeriodicCommit();
        _pipeline.Drain();
        _sinceCommit.Restart();
        _periodicCommit = _writer.CommitAlongside();
    }

    /// <summary>Waits for the periodic commit, if one is writing, and rethrows its failure.</summary>
    private void AwaitPeriodicCommit()
    {
        if (_periodicCommit is null)
        {
            return;
        }
        var commit = _periodicCommit;
        _periodicCommit = null;
        commit.GetAwaiter().GetResult();
        _committed = true;
    }

    private void Commit()
    {
        _writer.Commit();
        _committed = true;
        _sinceCommit.Restart();
    }

    private void AddBytes(long count)
    {
        _bytesRead += count;
        ReportProgress(force: false);
    }

    private void ReportProgress(bool force)
    {
        if (_options.Progress is null || (!force && _sinceProgress.Elapsed < ProgressInterval))
        {
            return;
        }
        _sinceProgress.Restart();
        var file = _files.Count == 0 ? "" : _files[Math.Max(0, _fileNumber - 1)];
        _options.Progress.Report(new IndexProgress(file, _fileNumber, _files.Count, Math.Min(_bytesRead, _totalBytes), _totalBytes,
            _records, _clock.Elapsed));
    }

    private IndexBuildReport Report(int pruned, int skipped, bool unreadable, bool cancelled) => new()
    {
        Files = _files.Count,
        Added = _added,
        Updated = _updated,
        Unchanged = _unchanged,
        Pruned = pruned,
        Skipped = skipped,
        Diagnostics = _diagnostics,
        Elapsed = _clock.Elapsed,
        HasUnreadableInput = unreadable,
        Cancelled = cancelled,
        Committed = _committed,
    };
}
