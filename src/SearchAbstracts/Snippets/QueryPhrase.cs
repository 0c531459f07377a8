namespace SearchAbstracts.Snippets;

/// <summary>A phrase of a query: its words, their positions relative to each other (gaps where stop words were), and the slop.</summary>
internal sealed record QueryPhrase(string[] Words, int[] Positions, int Slop);
