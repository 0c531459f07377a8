namespace SearchAbstracts.Schema;

/// <summary>
/// The schema version is written into every commit's user data; an index of another version is
/// refused with a message that says how to rebuild, instead of returning wrong results.
/// </summary>
internal static class SchemaInfo
{
    public const string UserDataKey = "searchabstracts.schema";

    /// <summary>Bump when a field is added, removed, or analyzed differently (11 was a change since reverted: skipped).</summary>
    public const string Version = "12";

    public static Dictionary<string, string> CommitData() => new(StringComparer.Ordinal) { [UserDataKey] = Version };
}
