namespace SearchAbstracts.Ingest;

/// <summary>
/// Why one JSON Lines record is skipped. Thrown from deep inside the field readers so that each of them can
/// stay a plain "read this value" call; caught once per line, where it becomes an error diagnostic.
/// </summary>
internal sealed class JsonRecordException(string reason) : Exception(reason);
