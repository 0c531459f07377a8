namespace SearchAbstracts.Search;

/// <summary>Rejects requests that cannot mean anything, naming the option and the accepted range.</summary>
internal static class SearchRequestValidator
{
    public static void Validate(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Limit is < 1 or > SearchRequest.MaxLimit)
        {
            throw new InvalidRequestException($"limit must be between 1 and {SearchRequest.MaxLimit}, not {request.Limit}");
        }
        if (request.Offset < 0)
        {
            throw new InvalidRequestException($"offset must be 0 or more, not {request.Offset}");
        }
        if (request.Offset > int.MaxValue - request.Limit)
        {
            throw new InvalidRequestException($"offset {request.Offset} is too large");
        }
        if (request.YearFrom > request.YearTo)
        {
            throw new InvalidRequestException($"the year range {request.YearFrom}..{request.YearTo} is empty: the first year must not be after the last");
        }
        if (request.SnippetCount is < 0 or > 5)
        {
            throw new InvalidRequestException($"snippet count must be between 0 and 5, not {request.SnippetCount}");
        }
        if (request.SnippetLength is < 40 or > 2000)
        {
            throw new InvalidRequestException($"snippet length must be between 40 and 2000 characters, not {request.SnippetLength}");
        }
    }
}
