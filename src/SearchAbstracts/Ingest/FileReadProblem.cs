namespace SearchAbstracts.Ingest;

/// <summary>Short reasons for a file that cannot be opened or read, shared by the readers of every format.</summary>
internal static class FileReadProblem
{
    /// <summary>True for the exceptions that mean "this file cannot be read" rather than a bug.</summary>
    public static bool IsReadFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException;

    /// <summary>
    /// The reason, without the path: the framework's messages repeat the (absolute) path, while the
    /// diagnostic already names the file as the user gave it.
    /// </summary>
    /// <param name="path">The file as given.</param>
    /// <param name="e">What opening or reading it threw.</param>
    /// <param name="kind">What the file should have been, e.g. <c>a listing file</c>.</param>
    public static string Describe(string path, Exception e, string kind) => e switch
    {
        FileNotFoundException => "no such file; check the path",
        DirectoryNotFoundException => "its folder does not exist; check the path",
        UnauthorizedAccessException when Directory.Exists(path) => $"it is a folder, not {kind}",
        UnauthorizedAccessException => "permission denied; check the file's permissions",
        PathTooLongException => "the path is too long",
        _ => e.Message,
    };
}
