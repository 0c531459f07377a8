namespace SearchAbstracts.Tests;

/// <summary>The evaluation corpora in <c>../shared/data</c> (see its README); tests that need them skip, saying why, when absent.</summary>
internal static class SharedData
{
    public static string Root => Path.GetFullPath(Path.Combine(TestPaths.RepoRoot, "..", "shared", "data"));

    /// <summary>The folder of one data set, or null when it is not on this machine.</summary>
    public static string? Folder(string name)
    {
        var folder = Path.Combine(Root, name);
        return Directory.Exists(folder) ? folder : null;
    }
}
