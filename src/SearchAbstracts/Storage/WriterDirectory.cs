using Lucene.Net.Store;

namespace SearchAbstracts.Storage;

/// <summary>
/// An index folder as its writer sees it: Lucene's <see cref="NIOFSDirectory"/>, with files written through
/// <see cref="FileIndexOutput"/> (a faster checksum of the same bytes).
/// </summary>
internal sealed class WriterDirectory(string path) : NIOFSDirectory(path)
{
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        // As Lucene's own outputs do when closed: a file written since the last commit is synced by the next one.
        return new FileIndexOutput(Path.Combine(Directory.FullName, name), () =>
        {
            lock (m_syncLock)
            {
                m_staleFiles.Add(name);
            }
        });
    }

    /// <summary>Whether <paramref name="name"/> was written since it was last synced (the next <see cref="FSDirectory.Sync"/> of it syncs it).</summary>
    internal bool AwaitsSync(string name)
    {
        lock (m_syncLock)
        {
            return m_staleFiles.Contains(name);
        }
    }
}
