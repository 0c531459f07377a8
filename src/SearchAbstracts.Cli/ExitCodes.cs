namespace SearchAbstracts.Cli;

/// <summary>The exit-code contract, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success, including a search with zero hits.</summary>
    public const int Success = 0;

    /// <summary>Bad user input: a bad option or query, a missing path, records skipped while indexing.</summary>
    public const int BadInput = 1;

    /// <summary>The index is missing, locked, of another schema, damaged or read-only (for writing), or an input file could not be read.</summary>
    public const int IndexOrUnreadable = 2;

    /// <summary><c>index</c> was stopped by Ctrl+C or SIGTERM; what it wrote before stopping was committed.</summary>
    public const int Interrupted = 130;

    /// <summary>A bug in search-abstracts: please report it with the command that caused it.</summary>
    public const int InternalError = 3;
}
