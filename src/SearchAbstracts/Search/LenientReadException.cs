namespace SearchAbstracts.Search;

/// <summary>
/// Thrown by the query parser for syntax that is valid but cannot mean anything here (an unknown field, a
/// year that is not a year); <see cref="QueryBuilder"/> catches it and reads the query as plain words, with
/// <see cref="Exception.Message"/> as the notice.
/// </summary>
internal sealed class LenientReadException(string reason) : Exception(reason);
