namespace SearchAbstracts.Indexing;

/// <summary>
/// An exclusive, process-wide lock on an index folder, held for a writer's lifetime.
/// </summary>
/// <remarks>
/// Lucene.Net's native lock opens <c>write.lock</c> with <see cref="FileShare.Read"/>, which .NET on Unix maps to a
/// shared <c>flock</c>: it keeps out other writers of the same process only, so two processes could write one index.
/// <see cref="FileShare.None"/> takes an exclusive <c>flock</c> instead. The kernel releases it when the process
/// ends, so a crash never leaves a stale lock behind.
/// </remarks>
internal sealed class WriterLock : IDisposable
{
    public const string FileName = "searchabstracts-writer.lock";

    private readonly FileStream _stream;

    private WriterLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Takes the lock or throws <see cref="IndexUnavailableException"/> with <see cref="IndexProblem.Locked"/>, or with
    /// <see cref="IndexProblem.ReadOnly"/> when the folder refuses writes: this is the first write of any writer.
    /// </summary>
    public static WriterLock Acquire(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        // Checked first: on a read-only file system opening the existing lock file fails with an IOException (EROFS),
        // which must not read as "locked by another process" (that one is EWOULDBLOCK from flock).
        catch (Exception e) when (IndexErrors.WriteRefusal(e) is { } reason)
        {
            throw IndexErrors.ReadOnly(indexPath, reason, e);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw IndexErrors.Locked(indexPath, e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
