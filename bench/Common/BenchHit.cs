namespace SearchAbstracts.Bench;

/// <summary>One ranked hit of a peer engine: the paper id, the engine's score and the highlighted abstract snippet.</summary>
internal sealed record BenchHit(string Id, double Score, string Snippet);
