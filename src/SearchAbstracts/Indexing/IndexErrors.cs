using System.Text.RegularExpressions;
using Lucene.Net.Index;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>Builds the <see cref="IndexUnavailableException"/>s: one sentence naming the path, and the fix.</summary>
internal static partial class IndexErrors
{
    /// <summary>Files git keeps in the default <c>index/</c> folder; their presence does not make a folder "foreign".</summary>
    private static readonly HashSet<string> PlaceholderFiles = new(StringComparer.Ordinal) { "README.md", ".gitignore", "write.lock", WriterLock.FileName };

    public static IndexUnavailableException Missing(string path) => new(
        IndexProblem.Missing,
        path,
        $"no index at '{path}'",
        $"build one with: search-abstracts index seeds/ --index {path}");

    public static IndexUnavailableException Locked(string path, Exception inner) => new(
        IndexProblem.Locked,
        path,
        $"index at {path} is locked by another process",
        "wait for the other 'search-abstracts index' run to finish, then try again",
        inner);

    /// <summary>The index folder refuses writes; thrown before anything is written, so the index keeps its last commit.</summary>
    public static IndexUnavailableException ReadOnly(string path, string reason, Exception inner) => new(
        IndexProblem.ReadOnly,
        path,
        $"index at {path} is read-only ({reason}); nothing was changed",
        "make the folder writable or index into another folder with --index DIR",
        inner);

    /// <summary>A new index folder cannot be created because the folder above it refuses writes.</summary>
    public static IndexUnavailableException CannotCreate(string path, string reason, Exception inner)
    {
        var parent = Path.GetDirectoryName(Path.GetFullPath(path));
        while (parent is not null && !System.IO.Directory.Exists(parent))
        {
            parent = Path.GetDirectoryName(parent);
        }
        return new IndexUnavailableException(
            IndexProblem.ReadOnly,
            path,
            $"cannot create the index folder {path}: {parent ?? "its parent folder"} is read-only ({reason}); nothing was changed",
            "make that folder writable or index into another folder with --index DIR",
            inner);
    }

    /// <summary>
    /// Why the system refused a write, when <paramref name="e"/> (or an exception inside it) is such a refusal:
    /// "permission denied" (EACCES, EPERM; .NET throws <see cref="UnauthorizedAccessException"/>) or "read-only file system"
    /// (EROFS, or ERROR_WRITE_PROTECT on Windows; an <see cref="IOException"/> whose HResult is the error number). Otherwise null.
    /// </summary>
    public static string? WriteRefusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is UnauthorizedAccessException)
            {
                return PermissionDenied;
            }
            if (e is IOException io && RefusalOf(io.HResult) is { } reason)
            {
                return reason;
            }
        }
        return null;
    }

    private const string PermissionDenied = "permission denied";

    private static string? RefusalOf(int hresult) => OperatingSystem.IsWindows()
        ? (hresult & 0xFFFF) switch { 5 => PermissionDenied, 19 => "read-only file system", _ => null }
        // On Unix .NET puts the raw errno in HResult: EPERM 1, EACCES 13, EROFS 30 (the same on Linux and macOS).
        : hresult switch { 1 or 13 => PermissionDenied, 30 => "read-only file system", _ => null };

    /// <summary>Refuses to create an index inside a folder that holds unrelated files (e.g. <c>--index src</c>).</summary>
    public static void ThrowIfForeignFolder(string path)
    {
        var foreign = System.IO.Directory.EnumerateFileSystemEntries(path)
            .Select(Path.GetFileName)
            .FirstOrDefault(name => name is not null && !PlaceholderFiles.Contains(name) && !UncommittedSegmentFile().IsMatch(name)
                && name != FirstCommitFile);
        if (foreign is not null)
        {
            throw new IndexUnavailableException(
                IndexProblem.NotAnIndex,
                path,
                $"'{path}' is not a SearchAbstracts index: it holds other files (such as '{foreign}') and no index",
                "choose an empty or new folder for --index, or pass --rebuild to write an index there anyway");
        }
    }

    /// <summary>Opens a reader and checks the schema version recorded in the commit.</summary>
    public static DirectoryReader OpenChecked(Lucene.Net.Store.Directory directory, string path)
    {
        DirectoryReader reader;
        try
        {
            reader = DirectoryReader.Open(directory);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                   or EndOfStreamException or IOException)
        {
            throw Corrupt(path, e);
        }
        return Checked(reader, path);
    }

    /// <summary>A reader of the newer commit, if there is one (null otherwise), checked like <see cref="OpenChecked"/>.</summary>
    public static DirectoryReader? Refreshed(DirectoryReader current, string path)
    {
        DirectoryReader? newer;
        try
        {
            newer = DirectoryReader.OpenIfChanged(current);
        }
        catch (Exception e) when (e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException
                                   or EndOfStreamException or IOException)
        {
            throw Corrupt(path, e);
        }
        return newer is null ? null : Checked(newer, path);
    }

    private static DirectoryReader Checked(DirectoryReader reader, string path)
    {
        var data = reader.IndexCommit.UserData;
        if (data is null || !data.TryGetValue(SchemaInfo.UserDataKey, out var version))
        {
            reader.Dispose();
            throw new IndexUnavailableException(
                IndexProblem.NotAnIndex,
                path,
                $"'{path}' holds a Lucene index that SearchAbstracts did not write (no schema version)",
                $"rebuild it with: search-abstracts index --rebuild --index {path} [PATH...]");
        }
        if (version != SchemaInfo.Version)
        {
            reader.Dispose();
            throw new IndexUnavailableException(
                IndexProblem.WrongSchema,
                path,
                $"the index at '{path}' has schema version {version}, but this version of search-abstracts reads schema {SchemaInfo.Version}",
                $"rebuild it with: search-abstracts index --rebuild --index {path} [PATH...]");
        }
        return reader;
    }

    public static IndexUnavailableException Corrupt(string path, Exception e) => new(
        IndexProblem.Corrupt,
        path,
        $"the index at '{path}' is damaged or unreadable ({e.GetType().Name}: {FirstLine(e.Message)})",
        $"rebuild it with: search-abstracts index --rebuild --index {path} [PATH...]",
        e);

    private const string FirstCommitFile = "segments_1";

    /// <summary>
    /// True when the only commit point is a <c>segments_1</c> that cannot be read: the first commit of a new index is
    /// being written right now, or its writer was killed while writing it. Either way there is no commit to read yet.
    /// </summary>
    public static bool IsUnfinishedFirstCommit(Lucene.Net.Store.Directory directory, string path)
    {
        var commits = System.IO.Directory.EnumerateFiles(path, "segments*").Select(Path.GetFileName).ToList();
        if (commits.Count != 1 || commits[0] != FirstCommitFile)
        {
            return false;
        }
        try
        {
            new SegmentInfos().Read(directory, FirstCommitFile);
            return false;
        }
        catch (Exception e) when (e is IOException or CorruptIndexException)
        {
            return true;
        }
    }

    /// <summary>
    /// Segment files (Lucene's codec file pattern, e.g. <c>_0.fdt</c>) that a writer killed before its first commit
    /// leaves behind: they are ours, so the rerun must not call the folder foreign; the new writer deletes them.
    /// </summary>
    [GeneratedRegex(@"^_[a-z0-9]+(_.*)?\..+$", RegexOptions.CultureInvariant)]
    private static partial Regex UncommittedSegmentFile();

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
