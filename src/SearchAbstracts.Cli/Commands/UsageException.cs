namespace SearchAbstracts.Cli.Commands;

/// <summary>An option value the CLI itself cannot read (e.g. <c>--year 2024..x</c>); reported with exit code 1.</summary>
internal sealed class UsageException(string message) : Exception(message);
