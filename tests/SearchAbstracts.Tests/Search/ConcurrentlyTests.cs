using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// The per-hit steps of a search run concurrently: every item must be done exactly once, and a failure must reach the
/// caller as the exception thrown (a damaged index's IOException is turned into a clear message only if it is not
/// wrapped in an AggregateException).
/// </summary>
public sealed class ConcurrentlyTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(1000)]
    public void EveryItemOnce(int count)
    {
        var done = new int[count];
        Concurrently.For(count, i => Interlocked.Increment(ref done[i]));
        Assert.All(done, d => Assert.Equal(1, d));
    }

    [Fact]
    public void AFailure_ReachesTheCallerUnwrapped()
    {
        var thrown = Assert.Throws<EndOfStreamException>(() =>
            Concurrently.For(10, i =>
            {
                if (i == 7)
                {
                    throw new EndOfStreamException("read past EOF: _0.fdt");
                }
            }));
        Assert.Equal("read past EOF: _0.fdt", thrown.Message);
    }

    [Fact]
    public void NotAllowed_RunsInOrderOnTheCallingThread()
    {
        var order = new List<(int Item, int Thread)>();
        Concurrently.For(20, i => order.Add((i, Environment.CurrentManagedThreadId)), allowed: false);
        Assert.Equal(Enumerable.Range(0, 20), order.Select(o => o.Item));
        Assert.All(order, o => Assert.Equal(Environment.CurrentManagedThreadId, o.Thread));
    }
}
