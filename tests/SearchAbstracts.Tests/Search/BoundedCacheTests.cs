using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

public class BoundedCacheTests
{
    [Fact]
    public void Keeps_what_is_added_and_the_first_value_for_a_key()
    {
        var cache = new BoundedCache<string, int>(10, StringComparer.Ordinal);
        cache.Add("a", 1);
        Assert.Equal(1, cache.GetOrAdd("a", 2));
        Assert.Equal(2, cache.GetOrAdd("b", 2));
        Assert.True(cache.TryGetValue("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGetValue("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Is_emptied_when_an_addition_finds_it_full()
    {
        var cache = new BoundedCache<int, int>(3);
        for (var i = 0; i < 3; i++)
        {
            cache.Add(i, i * 10);
        }
        Assert.Equal(3, cache.Count);
        // A key already kept is no addition: nothing is dropped.
        Assert.Equal(10, cache.GetOrAdd(1, 99));
        Assert.Equal(3, cache.Count);
        cache.Add(3, 30);
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGetValue(3, out var three));
        Assert.Equal(30, three);
        for (var i = 0; i < 3; i++)
        {
            Assert.False(cache.TryGetValue(i, out _));
        }
    }

    [Fact]
    public void Stays_near_its_bound_under_concurrent_additions()
    {
        const int Capacity = 100;
        var cache = new BoundedCache<int, int>(Capacity);
        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            Assert.Equal(i, cache.GetOrAdd(i, i));
            Assert.InRange(cache.Count, 0, Capacity + 4);
        });
        Assert.InRange(cache.Count, 1, Capacity + 4);
    }

    [Fact]
    public void Clear_drops_everything()
    {
        var cache = new BoundedCache<string, string>(5);
        cache.Add("x", "y");
        cache.Clear();
        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGetValue("x", out _));
    }
}
