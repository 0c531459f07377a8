using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// How the buffered-field tests write their papers with <see cref="PaperCodec"/>: in several commits (one flushed
/// segment each), merged into one, or by four threads at once into many small segments.
/// </summary>
internal static class BufferedFieldWriting
{
    /// <summary>Writes <paramref name="papers"/> in <paramref name="commits"/> commits, the first papers in the first.</summary>
    public static void InCommits(string path, IReadOnlyList<Paper> papers, Func<Paper, Document> document, Analyzer analyzer, int commits = 4)
    {
        using var directory = FSDirectory.Open(path);
        foreach (var part in papers.Chunk((papers.Count / commits) + 1))
        {
            using var writer = Open(directory, analyzer);
            foreach (var paper in part)
            {
                writer.AddDocument(document(paper));
            }
            writer.Commit();
        }
    }

    /// <summary>Merges the index at <paramref name="path"/> into one segment (merging copies buffered fields like any other).</summary>
    public static void Merged(string path, Analyzer analyzer)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = Open(directory, analyzer);
        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>Writes <paramref name="papers"/> from four threads into segments of a tenth of them, then commits.</summary>
    public static void Concurrently(string path, IReadOnlyList<Paper> papers, Func<Paper, Document> document, Analyzer analyzer)
    {
        using var directory = FSDirectory.Open(path);
        using var writer = Open(directory, analyzer, maxBufferedDocs: Math.Max(2, papers.Count / 10));
        Parallel.ForEach(papers, new ParallelOptions { MaxDegreeOfParallelism = 4 }, paper => writer.AddDocument(document(paper)));
        writer.Commit();
    }

    private static IndexWriter Open(Lucene.Net.Store.Directory directory, Analyzer analyzer, int? maxBufferedDocs = null)
    {
        var config = new IndexWriterConfig(LuceneSettings.Version, analyzer)
        {
            Codec = new PaperCodec(),
            Similarity = AbstractsIndex.IndexingSimilarity,
        };
        if (maxBufferedDocs is int docs)
        {
            config.MaxBufferedDocs = docs;
            config.RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH;
            config.MergePolicy = NoMergePolicy.NO_COMPOUND_FILES;
        }
        return new IndexWriter(directory, config);
    }
}
