using System.Globalization;
using SearchAbstracts.Indexing;
using SearchAbstracts.Search;

namespace SearchAbstracts.Tests.Indexing;

/// <summary>
/// <see cref="IndexBuilder"/> (through <see cref="AbstractsIndex.AddFiles"/>): with several threads the periodic commits
/// run beside the indexing threads and the last one has each thread write its own segment; neither may lose, repeat or
/// misfile a paper.
/// </summary>
public sealed class IndexBuilderTests : IDisposable
{
    private const int Papers = 1500;
    private readonly string _folder = TempIndex.NewFolder();

    public IndexBuilderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void AddFiles_CommittingAsOftenAsItCan_IndexesEveryPaperOnce(int threads)
    {
        var file = WriteCorpus();
        var indexPath = Path.Combine(_folder, "index");
        var options = new IndexingOptions { Threads = threads, CommitInterval = TimeSpan.Zero };

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
