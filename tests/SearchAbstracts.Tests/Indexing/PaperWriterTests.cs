using SearchAbstracts.Indexing;
using SearchAbstracts.Schema;

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
        Assert.Equal(48, budget);
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
}
