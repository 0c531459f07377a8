namespace SearchAbstracts.Tests;

/// <summary>
/// Paths into the source tree. Test data is read from where it is checked in rather than copied to the
/// output folder, so a fixture edited in the repo is what the next test run sees.
/// </summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding <c>SearchAbstracts.sln</c>.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The checked-in seed listings (<c>seeds/</c>).</summary>
    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    /// <summary>The listing fixtures of the ingest tests (<c>tests/SearchAbstracts.Tests/Ingest/Fixtures</c>).</summary>
    public static string Fixtures => Path.Combine(RepoRoot, "tests", "SearchAbstracts.Tests", "Ingest", "Fixtures");

    /// <summary>The full path of one fixture file.</summary>
    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SearchAbstracts.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException(
            $"SearchAbstracts.sln not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
