using SearchAbstracts.Cli.Commands;

namespace SearchAbstracts.Cli;

/// <summary>The one place that turns exceptions into a one-line message and an exit code.</summary>
internal static class ErrorReporter
{
    public const string Program = "search-abstracts";

    public static int Report(Exception exception, TextWriter error)
    {
        var (code, message) = exception switch
        {
            InvalidRequestException e => (ExitCodes.BadInput, e.Message),
            UsageException e => (ExitCodes.BadInput, e.Message),
            IndexUnavailableException e => (ExitCodes.IndexOrUnreadable, $"{e.Message}; {e.Fix}"),
            UnauthorizedAccessException e => (ExitCodes.IndexOrUnreadable, $"{e.Message} (check the file permissions)"),
            InvalidDataException e => (ExitCodes.IndexOrUnreadable, e.Message),
            IOException e when IsDiskFull(e) => (ExitCodes.IndexOrUnreadable,
                $"not enough disk space ({OneLine(e.Message)}); nothing was lost: the index still holds its last commit. "
                + "Free some space and run the same command again (unchanged papers are skipped)"),
            IOException e => (ExitCodes.IndexOrUnreadable, e.Message),
            _ => (ExitCodes.InternalError, $"internal error, please report it with the command you ran: {exception}"),
        };
        error.WriteLine($"{Program}: error: {message}");
        return code;
    }

    /// <summary>ENOSPC (28) or EDQUOT (122) on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows, or the system's message for them.</summary>
    internal static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) is 28 or 122 or 39 or 112
        || e.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
        || e.Message.Contains("disk full", StringComparison.OrdinalIgnoreCase);

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
}
