namespace SearchAbstracts.Ingest;

/// <summary>Expands the paths a user names into the listing and JSON Lines files to read.</summary>
public static class InputFiles
{
    /// <summary>The pattern of listing files searched for inside folders.</summary>
    public const string ListingPattern = "*.txt";

    /// <summary>Every file pattern searched for inside folders: listings, JSON Lines (plain and gzip), BibTeX, RIS, CSV and TSV.</summary>
    public static IReadOnlyList<string> Patterns { get; } = [ListingPattern, "*.jsonl", "*.jsonl.gz", "*.bib", "*.ris", "*.csv", "*.tsv"];

    /// <summary>
    /// Files are taken as named (any extension); folders are searched recursively for <see cref="Patterns"/>, in ordinal path order so that runs are repeatable. A missing path or
    /// a folder without such files is an error diagnostic; the other paths are still expanded.
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
        // One walk of the tree, filtered by suffix: a walk per pattern would list big folders three times.
        var found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(IsInputFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        // A BEIR folder holds its queries beside the corpus; read as papers they would replace documents with
        // the same ids. Named directly, such a file is still read.
        foreach (var queries in found.Where(IsBeirQueries).ToList())
        {
            found.Remove(queries);
            diagnostics.Add(new Diagnostic(queries, 0, DiagnosticSeverity.Warning,
                "left out: a BEIR queries file, not a corpus (name it directly to index it anyway)"));
        }
        if (found.Count == 0)
        {
            diagnostics.Add(new Diagnostic(path, 0, DiagnosticSeverity.Error,
                $"folder has no paper files ({string.Join(", ", Patterns)}, searched recursively); "
                + "name the files directly or pick another folder"));
        }
        return found;
    }

    private static bool IsBeirQueries(string file) =>
        Path.GetFileName(file) is "queries.jsonl" or "queries.jsonl.gz";

    // Case-sensitive like the file system's own matching of the patterns on Linux, where this runs.
    private static bool IsInputFile(string file) =>
        Patterns.Any(pattern => file.EndsWith(pattern[1..], StringComparison.Ordinal));
}
