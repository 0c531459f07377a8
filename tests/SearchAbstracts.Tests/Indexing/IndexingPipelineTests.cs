using SearchAbstracts.Indexing;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Indexing;

/// <summary>
/// <see cref="IndexingPipeline"/> with several threads decides when in-memory segments are written: in rounds, every
/// worker writing one at the same time, whenever the memory budget fills and once at the end, so that the last commit
/// has nothing left to write on its own thread.
/// </summary>
public sealed class IndexingPipelineTests
{
    private const int Papers = 3000;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Rounds_WriteSegmentsAsTheBudgetFills_LoseNothing_AndLeaveNothingForTheCommit(int threads)
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(300);
        using var writer = temp.Index.OpenWriter(budgetMB: 3);
        int rounds;

        using (var pipeline = new IndexingPipeline(writer, threads))
        {
            for (var i = 0; i < Papers; i++)
            {
                pipeline.Post(sample[i % sample.Count] with { Id = $"p{i:D4}" }, hash: null, replace: false);
            }
            pipeline.DrainAndFlush();
            rounds = pipeline.Rounds;
        }

        Assert.Equal(0, writer.BufferedPapers);
        // Rounds came before the last one (3,000 papers fill 3 MB more than once), and every segment was written in one:
        // Lucene wrote none on its own, each round at most one a thread.
        Assert.InRange(rounds, 2, Papers / 64 + 1);
        Assert.InRange(writer.SegmentsWritten, rounds, rounds * threads);
        Assert.Equal(4, writer.LuceneRamLimitMB); // 3 MB, raised to the 4 MB floor
        Assert.Equal(-1, writer.LuceneMaxBufferedDocs);

        writer.Commit();
        var ids = temp.Index.Search(new SearchRequest { Query = "*", Limit = Papers + 1 }).Hits.Select(h => h.Paper.Id);
        Assert.Equal(Enumerable.Range(0, Papers).Select(i => $"p{i:D4}"), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OneThread_LeavesFlushingToLucene()
    {
        using var temp = TempIndex.Empty();
        var sample = SharedData.SamplePapers(10);
        using var writer = temp.Index.OpenWriter(budgetMB: 3);

        using (var pipeline = new IndexingPipeline(writer, threads: 1))
        {
            for (var i = 0; i < 10; i++)
            {
                pipeline.Post(sample[i % sample.Count] with { Id = $"p{i}" }, hash: null, replace: false);
            }
            pipeline.DrainAndFlush();
            Assert.Equal(0, pipeline.Rounds);
        }

        // Ten papers stay in memory until the commit writes them, as with PaperWriter.AddOrReplace.
        Assert.Equal(10, writer.BufferedPapers);
        writer.Commit();
        Assert.Equal(10, temp.Index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
    }
}
