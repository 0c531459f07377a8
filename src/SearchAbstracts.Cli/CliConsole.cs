namespace SearchAbstracts.Cli;

/// <summary>Where a command writes, and whether it may colour its output; injected so tests run commands in-process.</summary>
/// <param name="Out">Results only.</param>
/// <param name="Error">Progress, notices, diagnostics and errors.</param>
/// <param name="Color">True when stdout is a terminal and <c>NO_COLOR</c> is unset (overridden by <c>--color</c>).</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool Color)
{
    /// <summary>
    /// Folder that relative paths (and the default <c>index/</c> and <c>seeds/</c>) are resolved against;
    /// null means the process's current directory, and paths are then left as typed so messages echo them.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>True when stderr is a terminal: progress is then drawn as a bar redrawn in place.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Cancels a long command as Ctrl+C would (for tests; the real process also listens for SIGINT and SIGTERM).</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Colour when stdout is a terminal and the user has not asked for none (https://no-color.org).</summary>
    public static bool ColorFromProcess() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";

    /// <summary>Resolves a user-given path against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) =>
        WorkingDirectory is null || Path.IsPathRooted(path) ? path : Path.Combine(WorkingDirectory, path);
}
