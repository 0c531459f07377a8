namespace SearchAbstracts.Acronyms;

/// <summary>An acronym and the long form a text defined it with, e.g. <c>MoE</c> = <c>Mixture-of-Experts</c>.</summary>
/// <param name="Acronym">As written, plural <c>s</c> removed.</param>
/// <param name="LongForm">As written before the parenthesis.</param>
public sealed record AcronymDefinition(string Acronym, string LongForm);
