namespace SearchAbstracts.Ingest;

/// <summary>Expands the paths a user names into the listing files to read.</summary>
public static class InputFiles
{
    /// <summary>The file pattern searched for inside folders.</summary>
    public const string ListingPattern = "*.txt";

    /// <summary>
    /// Files are taken as named (any extension); folders are searched recursively for <c>*.txt</c>, in
    /// ordinal path order so that runs are repeatable. A missing path or a folder without listing files is
    /// an error diagnostic; the other paths are still expanded.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, ICollection<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            foreach (var file in ExpandOne(path, diagnostics))
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }
        return files;
    }

    private static IEnumerable<string> ExpandOne(string path, ICollection<Diagnostic> diagnostics)
    {
        if (File.Exists(path))
        {
            return [path];
        }
        if (!Directory.Exists(path))
        {
            diagnostics.Add(new Diagnostic(path, 0, DiagnosticSeverity.Error, "no such file or folder; check the path"));
            return [];
        }
        var found = Directory.EnumerateFiles(path, ListingPattern, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (found.Count == 0)
        {
            diagnostics.Add(new Diagnostic(path, 0, DiagnosticSeverity.Error,
                $"folder has no listing files ({ListingPattern}, searched recursively); name the files directly or pick another folder"));
        }
        return found;
    }
}
