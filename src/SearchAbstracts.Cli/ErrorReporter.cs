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
            IOException e => (ExitCodes.IndexOrUnreadable, e.Message),
            _ => (ExitCodes.InternalError, $"internal error, please report it with the command you ran: {exception}"),
        };
        error.WriteLine($"{Program}: error: {message}");
        return code;
    }
}
