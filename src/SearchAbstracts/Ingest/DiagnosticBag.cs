namespace SearchAbstracts.Ingest;

/// <summary>Collects the diagnostics for one file, in reading order.</summary>
internal sealed class DiagnosticBag(string file)
{
    private const int MaxQuoted = 80;

    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(int line, string message) =>
        _items.Add(new Diagnostic(file, line, DiagnosticSeverity.Error, message));

    public void Warning(int line, string message) =>
        _items.Add(new Diagnostic(file, line, DiagnosticSeverity.Warning, message));

    /// <summary>Quotes text for a message, shortened so that one diagnostic stays one readable line.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuoted ? $"\"{text}\"" : $"\"{text[..(MaxQuoted - 1)].TrimEnd()}…\"";
}
