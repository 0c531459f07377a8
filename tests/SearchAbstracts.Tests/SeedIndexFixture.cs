namespace SearchAbstracts.Tests;

/// <summary>One seed index shared by a test class (building it takes ~0.2 s; the tests only read).</summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly TempIndex _temp = TempIndex.FromSeeds();

    public AbstractsIndex Index => _temp.Index;

    public void Dispose() => _temp.Dispose();
}
