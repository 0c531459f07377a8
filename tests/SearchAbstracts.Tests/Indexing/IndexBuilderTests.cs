using System.Globalization;
using SearchAbstracts.Indexing;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Indexing;

/// <summary>
/// <see cref="IndexBuilder"/> (through <see cref="AbstractsIndex.AddFiles"/>): with several threads the periodic commits
/// run beside the indexing threads, the threads write their segments in rounds when the memory budget fills, and the
/// last round writes all that is left before the last commit; none of it may lose, repeat or misfile a paper.
/// </summary>
public sealed class IndexBuilderTests : IDisposable
{
    private const int Papers = 1500;
    private readonly string _folder = TempIndex.NewFolder();

    public IndexBuilderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1, AbstractsIndex.WriterBudgetMB)]
    [InlineData(2, AbstractsIndex.WriterBudgetMB)]
    [InlineData(4, AbstractsIndex.WriterBudgetMB)]
    [InlineData(2, 1)]
    [InlineData(4, 1)]
    public void AddFiles_CommittingAsOftenAsItCan_IndexesEveryPaperOnce(int threads, double budgetMB)
    {
        var file = WriteCorpus();
        var indexPath = Path.Combine(_folder, "index");
        // A small memory budget also has the threads write segments in rounds between the commits.
        var options = new IndexingOptions { Threads = threads, CommitInterval = TimeSpan.Zero, MemoryBudgetMB = budgetMB };

        using (var index = AbstractsIndex.OpenOrCreate(indexPath))
        {
            var report = index.AddFiles([file], options);

            Assert.Equal((Papers, 0, 0), (report.Added, report.Updated, report.Unchanged));
            Assert.True(report.Committed);
            Assert.Equal(Papers, index.Search(new SearchRequest { Query = "*", Limit = 1 }).Total);
            // Every paper once, under its own words: the ids of a topic's papers are exactly those written with it.
            for (var topic = 0; topic < 7; topic++)
            {
                var hits = index.Search(new SearchRequest { Query = $"topic{topic}", Limit = Papers }).Hits.Select(h => h.Paper.Id);
                var expected = Enumerable.Range(0, Papers).Where(i => i % 7 == topic).Select(Id);
                Assert.Equal(expected.Order(StringComparer.Ordinal), hits.Order(StringComparer.Ordinal));
            }
        }

        // What was committed carries each paper's content hash: a second run rewrites nothing.
        using (var index = AbstractsIndex.OpenOrCreate(indexPath))
        {
            var again = index.AddFiles([file], options);
            Assert.Equal((0, 0, Papers), (again.Added, again.Updated, again.Unchanged));
        }
    }

    private static string Id(int i) => "p" + i.ToString(CultureInfo.InvariantCulture);

    private string WriteCorpus()
    {
        var path = Path.Combine(_folder, "corpus.jsonl");
        File.WriteAllLines(path, Enumerable.Range(0, Papers).Select(i =>
            $"{{\"_id\": \"{Id(i)}\", \"title\": \"Paper {i} on topic{i % 7}\", \"text\": \"An abstract about sparse kernels number {i}.\", \"metadata\": {{}}}}"));
        return path;
    }
}
