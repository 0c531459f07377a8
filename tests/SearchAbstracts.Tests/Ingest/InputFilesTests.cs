using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Expanding folders into the listing and JSON Lines files they hold.</summary>
public sealed class InputFilesTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "input-files-tests-" + Guid.NewGuid().ToString("N"));

    public InputFilesTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Expand_Folder_FindsListingsAndJsonLinesRecursivelyInOrdinalOrder()
    {
        foreach (var name in new[] { "b.txt", "a.jsonl", "notes.md", "corpus.json", "sub/c.jsonl.gz", "sub/d.gz", "sub/deeper/e.txt" })
            Touch(name);
        var diagnostics = new List<Diagnostic>();

        var files = InputFiles.Expand([_temp], diagnostics);

        Assert.Empty(diagnostics);
        var expected = new[] { "a.jsonl", "b.txt", "sub/c.jsonl.gz", "sub/deeper/e.txt" }.Select(n => Path.Combine(_temp, n));
        Assert.Equal(expected, files);
    }

    [Fact]
    public void Expand_BeirFolder_LeavesOutTheQueriesFileWithAWarning()
    {
        Touch("corpus.jsonl");
        Touch("queries.jsonl");
        var diagnostics = new List<Diagnostic>();

        var files = InputFiles.Expand([_temp], diagnostics);

        Assert.Equal([Path.Combine(_temp, "corpus.jsonl")], files);
        var warning = Assert.Single(diagnostics);
        Assert.Equal((Path.Combine(_temp, "queries.jsonl"), DiagnosticSeverity.Warning), (warning.File, warning.Severity));
    }

    [Fact]
    public void Expand_QueriesFileNamedDirectly_IsRead()
    {
        Touch("queries.jsonl");
        var diagnostics = new List<Diagnostic>();

        var files = InputFiles.Expand([Path.Combine(_temp, "queries.jsonl")], diagnostics);

        Assert.Single(files);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Expand_FolderWithoutInputFiles_ReportsAnErrorNamingThePatterns()
    {
        Touch("readme.md");
        var diagnostics = new List<Diagnostic>();

        var files = InputFiles.Expand([_temp], diagnostics);

        Assert.Empty(files);
        var error = Assert.Single(diagnostics);
        Assert.Equal((_temp, 0, DiagnosticSeverity.Error), (error.File, error.Line, error.Severity));
        Assert.StartsWith("folder has no paper files (*.txt, *.jsonl, *.jsonl.gz, *.bib, *.ris, *.csv, *.tsv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expand_FileNamedDirectly_IsTakenWhateverItsExtension()
    {
        var path = Touch("export.ndjson");
        var diagnostics = new List<Diagnostic>();

        Assert.Equal([path], InputFiles.Expand([path, path], diagnostics));
        Assert.Empty(diagnostics);
    }

    private string Touch(string name)
    {
        var path = Path.Combine(_temp, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "");
        return path;
    }
}
