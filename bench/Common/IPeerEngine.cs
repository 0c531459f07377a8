namespace SearchAbstracts.Bench;

/// <summary>A peer search engine the comparison runs against: builds an index from a corpus and opens it for searching.</summary>
internal interface IPeerEngine
{
    /// <summary>Indexes every record of <paramref name="corpus"/> into a new index at <paramref name="target"/>; returns the number of papers.</summary>
    int Index(string corpus, string target);

    /// <summary>Opens the index at <paramref name="target"/>; the searcher answers one query at a time.</summary>
    IPeerSearcher OpenSearcher(string target);
}

/// <summary>An opened peer index: OR of the query's words, top 10 by the engine's BM25, a highlighted snippet for each hit.</summary>
internal interface IPeerSearcher : IDisposable
{
    IReadOnlyList<BenchHit> Search(string text);
}
