namespace SearchAbstracts.Ingest;

/// <summary>Collects the diagnostics for one file, in reading order.</summary>
internal sealed class DiagnosticBag(string file)
{
    private const int MaxQuoted = 80;

    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Error(int line, string message) =>
        _items.Add(new Diagnostic(file, line, DiagnosticSeverity.Error, OneLine(message)));

    public void Warning(int line, string message) =>
        _items.Add(new Diagnostic(file, line, DiagnosticSeverity.Warning, OneLine(message)));

    /// <summary>
    /// The message with control characters written as escapes (<c>\n</c>, <c>\u001B</c>): messages quote input, and a
    /// line break in a value would split the <c>file:line:</c> line, a terminal escape would act on the user's terminal.
    /// </summary>
    private static string OneLine(string message)
    {
        if (!message.Any(IsUnsafe))
            return message;
        var text = new System.Text.StringBuilder(message.Length + 8);
        foreach (var c in message)
        {
            text.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                _ when IsUnsafe(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }

    /// <summary>Controls other than the tab, and the Unicode line and paragraph separators.</summary>
    private static bool IsUnsafe(char c) => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029';

    /// <summary>Quotes text for a message, shortened so that one diagnostic stays one readable line.</summary>
    public static string Quote(string text) =>
        text.Length <= MaxQuoted ? $"\"{text}\"" : $"\"{text[..(MaxQuoted - 1)].TrimEnd()}…\"";
}
