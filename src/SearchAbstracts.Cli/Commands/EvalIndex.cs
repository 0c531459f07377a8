using SearchAbstracts.Cli.Output;

namespace SearchAbstracts.Cli.Commands;

/// <summary>The index an evaluation runs on: an existing one, or a temporary one built from <c>--corpus</c> and deleted afterwards.</summary>
internal sealed class EvalIndex : IDisposable
{
    private readonly string? _temporary;

    private EvalIndex(AbstractsIndex index, string? temporary)
    {
        Index = index;
        _temporary = temporary;
    }

    public AbstractsIndex Index { get; }

    public static EvalIndex Open(string? indexOption, string? corpus, CliConsole console)
    {
        if (corpus is null)
        {
            return new EvalIndex(IndexOpener.OpenForReading(indexOption, console), null);
        }
        var corpusPath = console.Resolve(corpus);
        if (!File.Exists(corpusPath))
        {
            throw new UsageException($"--corpus '{corpus}' does not exist; check the path");
        }
        var folder = Path.Combine(Path.GetTempPath(), "search-abstracts-eval-" + Guid.NewGuid().ToString("N"));
        var index = AbstractsIndex.OpenOrCreate(folder);
        try
        {
            var report = index.AddFiles([corpusPath]);
            IndexReportWriter.Write(report, console.Error);
            return new EvalIndex(index, folder);
        }
        catch
        {
            index.Dispose();
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        Index.Dispose();
        if (_temporary is not null)
        {
            Directory.Delete(_temporary, recursive: true);
        }
    }
}
