using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchAbstracts.Cli.Tests.Reliability;

/// <summary>
/// Looks at an index folder from outside the process that wrote it: in this process through Lucene (CheckIndex, the
/// ids of the last commit) and through the published binary (<c>stats</c> and <c>search "*"</c>).
/// </summary>
internal static class IndexInspector
{
    /// <summary>True when the folder holds a commit. Also registers the SearchAbstracts codec that reading needs.</summary>
    public static bool HasCommit(string indexPath) => AbstractsIndex.Exists(indexPath);

    /// <summary>
    /// True once the first commit is complete, so that a reader can open it. Lucene 4.8 creates <c>segments_1</c> when
    /// the first commit begins and fills it only after syncing every new file: until then <see cref="HasCommit"/> is
    /// already true but the index cannot be opened (see <see cref="FirstCommitTests"/>). Later commits are safe: a
    /// reader falls back to the one before.
    /// </summary>
    public static bool HasFinishedCommit(string indexPath)
    {
        if (!HasCommit(indexPath))
        {
            return false;
        }
        try
        {
            using var directory = FSDirectory.Open(indexPath);
            using var reader = DirectoryReader.Open(directory);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private const int ContentHashLength = 16;

    /// <summary>The id of every live paper in the last commit, in index order (duplicates kept, to be found).</summary>
    public static List<string> Ids(string indexPath)
    {
        Assert.True(HasCommit(indexPath), $"no commit in {indexPath}");
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var ids = new List<string>(reader.NumDocs);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var values = segment.GetSortedDocValues("id");
            Assert.NotNull(values);
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    values.Get(doc, bytes);
                    // The id's doc value is its UTF-8 bytes followed by the record's 16-byte content hash (schema 13).
                    Assert.True(bytes.Length >= ContentHashLength, $"id doc value of {bytes.Length} bytes has no room for a content hash");
                    ids.Add(System.Text.Encoding.UTF8.GetString(bytes.Bytes, bytes.Offset, bytes.Length - ContentHashLength));
                }
            }
        }
        Assert.Equal(reader.NumDocs, ids.Count);
        return ids;
    }

    /// <summary>Runs Lucene's CheckIndex over the last commit and fails with its report unless the index is clean.</summary>
    public static void AssertCheckIndexClean(string indexPath)
    {
        Assert.True(HasCommit(indexPath), $"no commit in {indexPath}");
        using var directory = FSDirectory.Open(indexPath);
        using var report = new StringWriter();
        var checker = new CheckIndex(directory) { InfoStream = report };
        var status = checker.DoCheckIndex();
        Assert.True(status.Clean, $"CheckIndex found problems in {indexPath}:\n{report}");
    }

    /// <summary>
    /// Name, size and last write time of every file in the folder (none when there is no folder): equal snapshots
    /// mean nothing was written. Safe while a writer runs: a file deleted midway is left out.
    /// </summary>
    public static SortedDictionary<string, string> Files(string indexPath)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!System.IO.Directory.Exists(indexPath))
        {
            return files;
        }
        foreach (var file in new DirectoryInfo(indexPath).EnumerateFiles())
        {
            try
            {
                file.Refresh();
                if (file.Exists)
                {
                    files[file.Name] = $"{file.Length} bytes, written {file.LastWriteTimeUtc:O}";
                }
            }
            catch (IOException)
            {
            }
        }
        return files;
    }

    /// <summary>
    /// The checks after a writer was killed, stopped or locked out: the last commit passes CheckIndex, holds every id
    /// once, and holds exactly the first N records of <see cref="GeneratedCorpus"/> (commits take whole batches in input
    /// order); the published binary opens it (<c>stats</c> and <c>search "*"</c> exit 0) and reports the same N.
    /// </summary>
    /// <param name="cli">The published binary.</param>
    /// <param name="workingDirectory">Where to run it.</param>
    /// <param name="indexPath">The index folder.</param>
    /// <param name="checkIndex">False to leave out CheckIndex (seconds on 20,000 papers) where another test covers the state.</param>
    /// <returns>N, the papers in the last commit (0 when the index never committed).</returns>
    public static int AssertHoldsCorpusPrefix(PublishedCliFixture cli, string workingDirectory, string indexPath, bool checkIndex = true)
    {
        if (!HasCommit(indexPath))
        {
            // A new index killed before its first commit holds no papers; no commit means no index (yet), said plainly.
            var none = cli.Run(workingDirectory, "stats", "--index", indexPath);
            TempWorkspace.AssertOneLineError(none, 2, "no index at");
            return 0;
        }
        if (checkIndex)
        {
            AssertCheckIndexClean(indexPath);
        }
        var ids = Ids(indexPath);
        var duplicates = ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Take(5).ToList();
        Assert.True(duplicates.Count == 0, $"duplicate ids in {indexPath}: {string.Join(", ", duplicates)}");
        var count = ids.Count;
        Assert.InRange(count, 0, GeneratedCorpus.Records);
        Assert.Equal(GeneratedCorpus.Prefix(count), ids.Order(StringComparer.Ordinal));

        var stats = cli.Run(workingDirectory, "stats", "--index", indexPath, "--format", "json");
        Assert.True(stats.ExitCode == 0, stats.ToString());
        using (var json = stats.Json())
        {
            Assert.Equal(count, json.RootElement.GetProperty("papers").GetInt32());
            Assert.Equal(GeneratedCorpus.VenueCounts(count), Counts(json.RootElement.GetProperty("venues"), v => v.GetString()!));
        }
        var search = cli.Run(workingDirectory, "search", "*", "--index", indexPath, "--format", "json", "-n", "1");
        Assert.Equal(count, AssertSearchSeesCorpusPrefix(search));
        return count;
    }

    /// <summary>
    /// A <c>search "*" --format json</c> ran fine and saw whole batches: its venue and year counts are exactly those of
    /// the first <c>total</c> records, so it saw no commit in part and no record twice.
    /// </summary>
    /// <returns>The total.</returns>
    public static int AssertSearchSeesCorpusPrefix(CliResult search)
    {
        Assert.True(search.ExitCode == 0, search.ToString());
        using var json = search.Json();
        var total = json.RootElement.GetProperty("total").GetInt32();
        Assert.InRange(total, 0, GeneratedCorpus.Records);
        var facets = json.RootElement.GetProperty("facets");
        Assert.Equal(GeneratedCorpus.VenueCounts(total), Counts(facets.GetProperty("venue"), v => v.GetString()!));
        Assert.Equal(GeneratedCorpus.YearCounts(total), Counts(facets.GetProperty("year"), v => v.GetInt32()));
        return total;
    }

    private static Dictionary<TKey, int> Counts<TKey>(JsonElement list, Func<JsonElement, TKey> key)
        where TKey : notnull =>
        list.EnumerateArray().ToDictionary(e => key(e.GetProperty("value")), e => e.GetProperty("count").GetInt32());
}
