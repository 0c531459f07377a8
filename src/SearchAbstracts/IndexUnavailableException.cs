namespace SearchAbstracts;

/// <summary>
/// The index at <see cref="IndexPath"/> is missing, locked, of another schema, or damaged. The message is one
/// sentence naming the path and the problem; <see cref="Fix"/> says what to run to repair it.
/// </summary>
public sealed class IndexUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IndexUnavailableException(IndexProblem problem, string indexPath, string message, string fix, Exception? inner = null)
        : base(message, inner)
    {
        Problem = problem;
        IndexPath = indexPath;
        Fix = fix;
    }

    /// <summary>What is wrong.</summary>
    public IndexProblem Problem { get; }

    /// <summary>The index folder as the caller named it.</summary>
    public string IndexPath { get; }

    /// <summary>A hint for the user, e.g. the command that rebuilds the index.</summary>
    public string Fix { get; }
}
