using Lucene.Net.Documents;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Search;

/// <summary>
/// A hit's parts are made once per paper, by whichever thread asks first: the page, or the thread that starts on the
/// likely page early. What the early thread made is what the page shows, and a failure reaches the page as it was thrown.
/// </summary>
public sealed class HitPreparationTests
{
    [Fact]
    public void Get_AskedFromManyThreads_MakesEachPaperOnce()
    {
        var made = 0;
        var preparation = new HitPreparation(doc => Stored(doc), stored =>
        {
            Interlocked.Increment(ref made);
            Thread.Sleep(1);
            return Parts(stored);
        });
        var seen = new HitParts[200];
        Parallel.For(0, seen.Length, i => seen[i] = preparation.Get(i % 5));

        Assert.Equal(5, made);
        for (var i = 0; i < seen.Length; i++)
        {
            Assert.Same(seen[i % 5], seen[i]);
            Assert.Equal($"paper {i % 5}", seen[i].Paper.Title);
        }
    }

    [Fact]
    public void StartAhead_MakesPapersOnAnotherThread_UntilStopped_AndThePageGetsWhatItMade()
    {
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var makers = new System.Collections.Concurrent.ConcurrentBag<(string Title, int Thread)>();
        var preparation = new HitPreparation(doc => Stored(doc), stored =>
        {
            makers.Add((stored.Get("title"), Environment.CurrentManagedThreadId));
            started.Set();
            release.Wait(TimeSpan.FromSeconds(10));
            return Parts(stored);
        });
        preparation.StartAhead([(1, Stored(1)), (2, Stored(2)), (3, Stored(3))]);
        Assert.True(started.Wait(TimeSpan.FromSeconds(10)), "nothing was made ahead");
        preparation.StopAhead();
        release.Set();
        preparation.Stop();

        // Stopped while making the first paper: that one was finished, the others were left to the page.
        var (title, thread) = Assert.Single(makers);
        Assert.Equal("paper 1", title);
        Assert.NotEqual(Environment.CurrentManagedThreadId, thread);
        var first = preparation.Get(1);
        Assert.Single(makers);
        Assert.Equal("paper 2", preparation.Get(2).Paper.Title);
        Assert.Equal(2, makers.Count);
        Assert.Same(first, preparation.Get(1));
    }

    [Fact]
    public void AFailureAhead_IsThrownToThePageAsItWas()
    {
        using var done = new ManualResetEventSlim();
        var made = 0;
        var preparation = new HitPreparation(doc => Stored(doc), stored =>
        {
            Interlocked.Increment(ref made);
            if (stored.Get("title") == "paper 7")
            {
                throw new IOException("damaged stored fields");
            }
            done.Set();
            return Parts(stored);
        });
        preparation.StartAhead([(7, Stored(7)), (8, Stored(8))]);
        Assert.True(done.Wait(TimeSpan.FromSeconds(10)), "the papers were not made ahead");
        preparation.Stop();

        var thrown = Assert.Throws<IOException>(() => preparation.Get(7));
        Assert.Equal("damaged stored fields", thrown.Message);
        Assert.Equal("paper 8", preparation.Get(8).Paper.Title);
        Assert.Equal(2, made);
    }

    private static Document Stored(int doc) => [new StoredField("title", $"paper {doc}")];

    private static HitParts Parts(Document stored) => new(new Paper { Id = stored.Get("title"), Title = stored.Get("title"), Abstract = "", Venue = "" }, [], []);
}
