using SearchAbstracts.Indexing;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Indexing;

/// <summary>
/// <see cref="PaperWriter"/> keeps unflushed papers within its memory budget: the title and abstract words it
/// buffers outside Lucene's accounting (<see cref="TextPostingsBuffer"/>) take their share of it from Lucene's limit.
/// </summary>
public sealed class PaperWriterTests
{
    [Fact]
    public void LucenesLimit_LeavesRoomForTheBufferedWords()
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(600);
        using var writer = temp.Index.OpenWriter();
        var budget = writer.LuceneRamLimitMB;
        Assert.Equal(AbstractsIndex.WriterBudgetMB, budget);
        for (var i = 0; i < 600; i++)
        {
            writer.AddOrReplace(sample[i % sample.Count] with { Id = $"p{i}" });
        }

        // Most of what 600 papers hold in memory is their words: Lucene's share is well under half.
        Assert.InRange(writer.LuceneRamLimitMB, 4, budget / 2);
        writer.Commit();
        for (var i = 600; i < 1200; i++)
        {
            writer.AddOrReplace(sample[i % sample.Count] with { Id = $"p{i}" });
        }
        Assert.InRange(writer.LuceneRamLimitMB, 4, budget / 2);
    }

    [Fact]
    public void FlushThreadSegment_WritesTheSegmentOnlyWhenAsked_AndCommitsNothing()
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(40);
        using var writer = temp.Index.OpenWriter();
        for (var i = 0; i < 40; i++)
        {
            writer.AddOrReplace(sample[i % sample.Count] with { Id = $"p{i}" });
        }
        var limit = writer.LuceneMaxBufferedDocs;

        // Outside Begin/End the memory budget decides, and 40 papers are far below it.
        writer.FlushThreadSegment();
        Assert.Equal(40, writer.BufferedPapers);

        writer.BeginThreadFlushes();
        writer.FlushThreadSegment();
        writer.EndThreadFlushes();

        Assert.Equal(0, writer.BufferedPapers);
        Assert.Equal(limit, writer.LuceneMaxBufferedDocs);
        Assert.Contains(Directory.GetFiles(temp.Path), f => f.EndsWith(".si", StringComparison.Ordinal));
        temp.Index.Refresh();
        Assert.Equal(0, temp.Index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);

        writer.Commit();
        Assert.Equal(40, temp.Index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
    }

    [Fact]
    public void FlushInRounds_LucenesLimitStaysTheWholeBudget_AndSegmentsAreDueWhenItIsFull()
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(200);
        using var writer = temp.Index.OpenWriter(budgetMB: 3);
        writer.FlushInRounds();

        var added = 0;
        while (!writer.SegmentsDue && added < 5000)
        {
            writer.AddOrReplace(sample[added % sample.Count] with { Id = $"p{added}" });
            added++;
        }

        Assert.True(writer.SegmentsDue);
        Assert.InRange(added, 100, 4999);
        // Lucene wrote nothing on its own: its limit stays the whole budget, not its share of it.
        Assert.Equal(added, writer.BufferedPapers);
        Assert.Equal(0, writer.SegmentsWritten);
        Assert.Equal(4, writer.LuceneRamLimitMB); // 3 MB, raised to the 4 MB floor
    }

    [Fact]
    public async Task CommitAlongside_HoldsThePapersAddedBeforeIt_NotThoseAddedWhileItWrites()
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(200);
        using var writer = temp.Index.OpenWriter();
        for (var i = 0; i < 100; i++)
        {
            writer.AddOrReplace(sample[i % sample.Count] with { Id = $"p{i:D3}" });
        }

        var commit = writer.CommitAlongside();
        for (var i = 100; i < 200; i++)
        {
            writer.AddOrReplace(sample[i % sample.Count] with { Id = $"p{i:D3}" });
        }
        await commit;

        Assert.Equal(100, writer.BufferedPapers);
        temp.Index.Refresh();
        var committed = temp.Index.Search(new SearchRequest { Query = "*", Limit = 200 }).Hits.Select(h => h.Paper.Id);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"p{i:D3}"), committed.Order(StringComparer.Ordinal));

        writer.Commit();
        Assert.Equal(200, temp.Index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
    }
}
