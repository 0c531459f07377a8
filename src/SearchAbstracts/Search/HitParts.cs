namespace SearchAbstracts.Search;

/// <summary>What a result shows of a paper, apart from its rank and score: the paper, its title marks and its snippets.</summary>
/// <param name="Paper">The stored paper.</param>
/// <param name="TitleHighlights">Ranges of matched words in the title.</param>
/// <param name="Snippets">Abstract fragments with the matches.</param>
internal sealed record HitParts(Paper Paper, IReadOnlyList<HighlightRange> TitleHighlights, IReadOnlyList<Snippet> Snippets);
