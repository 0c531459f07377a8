namespace SearchAbstracts.Tests;

/// <summary>An index in a fresh temporary folder, deleted on dispose.</summary>
internal sealed class TempIndex : IDisposable
{
    private TempIndex(string path, AbstractsIndex index)
    {
        Path = path;
        Index = index;
    }

    public string Path { get; }

    public AbstractsIndex Index { get; }

    public static string NewFolder() =>
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sa-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>An index holding the seed listing.</summary>
    public static TempIndex FromSeeds()
    {
        var temp = Empty();
        var report = temp.Index.AddFiles([TestPaths.Seeds]);
        Assert.Equal(8, report.Indexed);
        return temp;
    }

    /// <summary>An index holding <paramref name="parts"/>, each committed on its own: one segment each (a paper added again replaces, leaving a deletion).</summary>
    public static TempIndex InCommits(IEnumerable<IEnumerable<Paper>> parts)
    {
        var temp = Empty();
        foreach (var part in parts)
        {
            using var writer = temp.Index.OpenWriter();
            foreach (var paper in part)
            {
                writer.AddOrReplace(paper);
            }
            writer.Commit();
        }
        temp.Index.Refresh();
        return temp;
    }

    /// <summary>An index holding exactly <paramref name="papers"/>.</summary>
    public static TempIndex With(params Paper[] papers)
    {
        var temp = Empty();
        using (var writer = temp.Index.OpenWriter())
        {
            foreach (var paper in papers)
            {
                writer.AddOrReplace(paper);
            }
            writer.Commit();
        }
        return temp;
    }

    public static TempIndex Empty()
    {
        var path = NewFolder();
        return new TempIndex(path, AbstractsIndex.OpenOrCreate(path));
    }

    public void Dispose()
    {
        Index.Dispose();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing the test for it would hide the real result.
        }
    }
}
