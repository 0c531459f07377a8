using System.Diagnostics;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Indexing;

/// <summary>Reads paper files (listings, JSON Lines) and writes their papers in one commit: the write path behind <c>index</c>.</summary>
internal static class IndexBuilder
{
    public static IndexBuildReport Build(AbstractsIndex index, IReadOnlyList<string> paths)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var files = InputFiles.Expand(paths, diagnostics);
        var unreadable = false;
        var skipped = 0;
        if (files.Count == 0)
        {
            // Nothing to read: leave the index (and its lock) alone rather than commit an empty change.
            return new IndexBuildReport(0, 0, 0, 0, 0, diagnostics, clock.Elapsed);
        }
        using var writer = index.OpenWriter();
        var firstSeen = new Dictionary<string, (string File, string Title)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var result = PaperFileReader.ReadFile(file);
            diagnostics.AddRange(result.Diagnostics);
            unreadable |= result.Unreadable;
            skipped += result.Skipped;
            foreach (var paper in result.Papers)
            {
                WarnOnDuplicate(paper, firstSeen, diagnostics);
                writer.AddOrReplace(paper);
            }
        }
        if (writer.Added + writer.Replaced > 0)
        {
            writer.Commit();
        }
        // else: nothing was read, so the index stays as it was (a --rebuild from only bad files must not empty it).
        return new IndexBuildReport(files.Count, writer.Added + writer.Replaced, writer.Added, writer.Replaced, skipped,
            diagnostics, clock.Elapsed)
        { HasUnreadableInput = unreadable };
    }

    /// <summary>Two records with one citation in a run: the later wins, and the user is told, since one was lost.</summary>
    private static void WarnOnDuplicate(Paper paper, Dictionary<string, (string File, string Title)> firstSeen, List<Diagnostic> diagnostics)
    {
        var source = paper.Source ?? "";
        if (firstSeen.TryGetValue(paper.Id, out var earlier))
        {
            diagnostics.Add(new Diagnostic(source, 0, DiagnosticSeverity.Warning,
                $"\"{paper.Title}\" has the same citation (id {paper.Id}) as \"{earlier.Title}\" in {earlier.File}; the later record replaces the earlier one"));
        }
        firstSeen[paper.Id] = (source, paper.Title);
    }
}
