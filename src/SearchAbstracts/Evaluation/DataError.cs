namespace SearchAbstracts.Evaluation;

/// <summary>Builds the <see cref="InvalidDataException"/> thrown for a bad line of an evaluation file.</summary>
internal static class DataError
{
    /// <summary>An exception whose message reads <c>source:line: problem</c>.</summary>
    public static InvalidDataException At(string source, int line, string problem) =>
        new($"{source}:{line}: {problem}");

    /// <summary>Splits a line on runs of spaces and tabs.</summary>
    public static string[] Fields(string line) =>
        line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
