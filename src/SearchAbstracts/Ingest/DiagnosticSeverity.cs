namespace SearchAbstracts.Ingest;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Suspicious but harmless: the data was still read.</summary>
    Warning,

    /// <summary>The record (or the whole file) was skipped.</summary>
    Error,
}
