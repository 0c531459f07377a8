using SearchAbstracts.Ingest;

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

    /// <summary>
    /// Real papers for tests that compare two ways of doing the same thing: the first <paramref name="count"/> SciFact
    /// abstracts, or the seed listing's papers when SciFact is not on this machine.
    /// </summary>
    public static List<Paper> SamplePapers(int count = int.MaxValue) =>
        Folder("scifact") is string folder
            ? JsonLinesReader.ReadFile(Path.Combine(folder, "corpus.jsonl.gz")).Papers.Take(count).ToList()
            : ListingReader.ReadFile(Directory.GetFiles(TestPaths.Seeds, "*.txt").Single()).Papers.ToList();
}
