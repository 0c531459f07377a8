namespace SearchAbstracts.Schema;

/// <summary>
/// The schema version is written into every commit's user data; an index of another version is
/// refused with a message that says how to rebuild, instead of returning wrong results.
/// </summary>
internal static class SchemaInfo
{
    public const string UserDataKey = "searchabstracts.schema";

    /// <summary>
    /// Bump when a field is added, removed, analyzed or stored differently (11 was a change since reverted: skipped;
    /// 13: the content hash inside the id's doc value, the date key as sorted doc values, strings stored as UTF-8 bytes).
    /// </summary>
    public const string Version = "13";

    public static Dictionary<string, string> CommitData() => new(StringComparer.Ordinal) { [UserDataKey] = Version };
}
