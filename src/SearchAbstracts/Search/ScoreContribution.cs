namespace SearchAbstracts.Search;

/// <summary>One part of a hit's score: a term or phrase matched in a field.</summary>
/// <param name="Field">The index field (<c>text</c> is title and abstract together).</param>
/// <param name="Match">The term (a stem) or the phrase that matched.</param>
/// <param name="Score">Its share of the hit's score.</param>
public sealed record ScoreContribution(string Field, string Match, float Score);
