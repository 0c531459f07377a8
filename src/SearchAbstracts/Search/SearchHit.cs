namespace SearchAbstracts.Search;

/// <summary>One ranked result.</summary>
/// <param name="Rank">1-based position in the whole result list (offset included).</param>
/// <param name="Score">BM25 score; comparable only within one search.</param>
/// <param name="Paper">The stored paper.</param>
/// <param name="TitleHighlights">Ranges of matched words in <see cref="Paper.Title"/>.</param>
/// <param name="Snippets">Abstract fragments with the matches (or the first sentence when the abstract has none).</param>
public sealed record SearchHit(int Rank, float Score, Paper Paper, IReadOnlyList<HighlightRange> TitleHighlights, IReadOnlyList<Snippet> Snippets)
{
    /// <summary>With <see cref="SearchRequest.Explain"/>: the terms that contributed most to <see cref="Score"/>; else empty.</summary>
    public IReadOnlyList<ScoreContribution> Why { get; init; } = [];
}
