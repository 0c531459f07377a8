using SearchAbstracts.Tests.Search;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>A small index for hostile queries: the papers of <see cref="QueryRobustnessCases"/>, shared by a class that only reads.</summary>
public sealed class HostileQueryIndexFixture : IDisposable
{
    private readonly TempIndex _temp = TempIndex.With(QueryRobustnessCases.Papers);

    public AbstractsIndex Index => _temp.Index;

    public void Dispose() => _temp.Dispose();
}
