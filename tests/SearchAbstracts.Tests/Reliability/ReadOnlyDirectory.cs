using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneLock = Lucene.Net.Store.Lock;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// A Lucene directory over an index folder that cannot be written: every write (a new file, a delete, a sync, Lucene's
/// <c>write.lock</c>) fails with the exception .NET throws on Linux, as seen from Lucene.Net 4.8 in a folder without write
/// permission and on a read-only mount: <c>UnauthorizedAccessException</c> with an inner <c>IOException</c> of HResult 13
/// (EACCES), or <c>IOException("Read-only file system : 'path'")</c> of HResult 30 (EROFS). For the lock, Lucene wraps that
/// in a <see cref="LockObtainFailedException"/> after polling for a second; this one throws the same at once. Reads pass through.
/// </summary>
internal sealed class ReadOnlyDirectory(string path, LuceneDirectory inner, bool readOnlyFileSystem) : FilterDirectory(inner)
{
    private const int AccessDenied = 13;
    private const int ReadOnlyFileSystem = 30;

    /// <summary>How many writes were refused: a test that expects a refusal checks that a write was in fact attempted.</summary>
    public int Refused { get; private set; }

    public override IndexOutput CreateOutput(string name, IOContext context) => throw Refuse(name);

    public override void DeleteFile(string name) => throw Refuse(name);

    public override void Sync(ICollection<string> names) => throw Refuse(names.FirstOrDefault() ?? "");

    public override LuceneLock MakeLock(string name) => new RefusedLock(this, name);

    public override void ClearLock(string name) => throw Refuse(name);

    private Exception Refuse(string name)
    {
        Refused++;
        var file = Path.Combine(path, name);
        return readOnlyFileSystem
            ? new IOException($"Read-only file system : '{file}'", ReadOnlyFileSystem)
            : new UnauthorizedAccessException($"Access to the path '{file}' is denied.", new IOException("Permission denied", AccessDenied));
    }

    private sealed class RefusedLock(ReadOnlyDirectory directory, string name) : LuceneLock
    {
        public override bool Obtain()
        {
            var reason = directory.Refuse(name);
            throw new LockObtainFailedException($"Lock obtain timed out: {this}: {reason.GetType().FullName}: {reason.Message}", reason);
        }

        public override bool IsLocked() => false;

        protected override void Dispose(bool disposing)
        {
        }

        public override string ToString() => $"RefusedLock@{name}";
    }
}
