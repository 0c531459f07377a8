namespace SearchAbstracts;

/// <summary>
/// A search request the user must change: an unknown field, a bad year range, a negative limit. The message
/// names the bad value and lists the valid choices where there are few.
/// </summary>
public sealed class InvalidRequestException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidRequestException(string message)
        : base(message)
    {
    }
}
