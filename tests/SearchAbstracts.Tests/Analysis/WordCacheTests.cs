using SearchAbstracts.Analysis;

namespace SearchAbstracts.Tests.Analysis;

/// <summary>
/// <see cref="WordCache"/> gives back exactly what was put in, for every word it holds, while it grows, once it is
/// full, with words whose hashes collide in the slot array, and for dropped words; words it cannot keep are
/// simply not found.
/// </summary>
public sealed class WordCacheTests
{
    [Fact]
    public void GivesBackEveryWordItHolds_WhileGrowing()
    {
        var cache = new WordCache(maxWords: 5000);
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            Assert.False(cache.TryGet(words[i], out _, out _, out _, out var missing));
            Assert.Equal(-1, missing);
            Assert.Equal(i, cache.Add(words[i], words[i].ToUpperInvariant() + "!", dropped: false));
        }
        Assert.Equal(5000, cache.Count);
        for (var i = 0; i < words.Count; i++)
        {
            // Each word keeps the number it was given, however often the cache grew since.
            Assert.True(cache.TryGet(words[i], out var term, out var dropped, out _, out var entry), words[i]);
            Assert.False(dropped);
            Assert.Equal(words[i].ToUpperInvariant() + "!", term.ToString());
            Assert.Equal(i, entry);
        }
    }

    [Fact]
    public void KeepsWhatItHasWhenFull_AndStillAnswersRightly()
    {
        var cache = new WordCache(maxWords: 3);
        cache.Add("alpha", "alpha", dropped: false);
        cache.Add("beta", "bet", dropped: false);
        cache.Add("the", default, dropped: true);
        Assert.Equal(-1, cache.Add("gamma", "gamm", dropped: false));
        Assert.Equal(3, cache.Count);
        Assert.False(cache.TryGet("gamma", out _, out _, out _, out _));
        Assert.True(cache.TryGet("alpha", out var term, out var dropped, out var unchanged, out _));
        Assert.False(dropped);
        Assert.True(unchanged);
        Assert.Equal("alpha", term.ToString());
        Assert.True(cache.TryGet("beta", out term, out dropped, out unchanged, out _));
        Assert.False(dropped);
        Assert.False(unchanged);
        Assert.Equal("bet", term.ToString());
        Assert.True(cache.TryGet("the", out _, out dropped, out unchanged, out _));
        Assert.True(dropped);
        Assert.False(unchanged);
    }

    [Fact]
    public void TellsApartWordsOfOneSlot_AndPrefixes()
    {
        // Many more words than slots in the first table: every probe sequence has neighbours to skip.
        var cache = new WordCache(maxWords: 1 << 16);
        var words = new List<string> { "a", "ab", "abc", "abcd", "b", "ba" };
        words.AddRange(Enumerable.Range(0, 3000).Select(i => new string((char)('a' + (i % 26)), 1 + (i % 7)) + i));
        foreach (var word in words)
        {
            cache.Add(word, new string(word.Reverse().ToArray()), dropped: false);
        }
        foreach (var word in words)
        {
            Assert.True(cache.TryGet(word, out var term, out _, out _, out _));
            Assert.Equal(new string(word.Reverse().ToArray()), term.ToString());
        }
        Assert.False(cache.TryGet("abcde", out _, out _, out _, out _));
        Assert.False(cache.TryGet("", out _, out _, out _, out _));
    }

    [Fact]
    public void DoesNotKeepEmptyOrOverlongWords()
    {
        var cache = new WordCache(maxWords: 10);
        var longWord = new string('x', WordCache.MaxChars + 1);
        Assert.Equal(-1, cache.Add("", "", dropped: false));
        Assert.Equal(-1, cache.Add(longWord, longWord, dropped: false));
        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet(longWord, out _, out _, out _, out _));
    }
}
