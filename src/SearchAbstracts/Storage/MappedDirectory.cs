using Lucene.Net.Store;

namespace SearchAbstracts.Storage;

/// <summary>
/// An index folder read through memory maps (<see cref="MappedIndexInput"/>), for searching. Writers read through
/// Lucene's <see cref="NIOFSDirectory"/> (<see cref="WriterDirectory"/>): merging reads whole segments, and mapped
/// pages would count against the indexing memory budget.
/// </summary>
/// <remarks>
/// Why not Lucene's own readers: <see cref="NIOFSDirectory"/> makes two system calls (fstat and pread) every time a
/// read buffer runs dry, and a pasted-title search seeks some thirty terms in eight segments, then their postings:
/// those calls were 28% of its time on arXiv 115k. Lucene.Net's <see cref="MMapDirectory"/> reads through J2N byte
/// buffers and registers every clone in a weak table, whose upkeep made garbage collection the p99 (the reason the
/// index moved off it). Here a read is a bounds check and a copy from the mapped file.
/// </remarks>
internal sealed class MappedDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return MappedIndexInput.Open(Path.Combine(Directory.FullName, name));
    }
}
