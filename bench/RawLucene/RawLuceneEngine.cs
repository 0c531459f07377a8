using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchAbstracts.Bench.RawLucene;

/// <summary>
/// The peer baseline: what a plain Lucene.Net 4.8 program does with the same papers. EnglishAnalyzer, BM25 with
/// k1 0.9 and b 0.4 at index and query time, title and abstract stored and indexed with offsets (for the
/// postings highlighter), the id stored; IndexWriterConfig defaults otherwise, one thread.
/// </summary>
internal sealed class RawLuceneEngine : IPeerEngine
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const string IdField = "id";
    public const string TitleField = "title";
    public const string AbstractField = "abstract";

    public static Similarity Similarity { get; } = new BM25Similarity(0.9f, 0.4f);

    private static readonly FieldType TextWithOffsets = new(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    };

    static RawLuceneEngine() => TextWithOffsets.Freeze();

    public int Index(string corpus, string target)
    {
        using var directory = FSDirectory.Open(target);
        using var analyzer = new EnglishAnalyzer(Version);
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = Similarity, OpenMode = OpenMode.CREATE };
        using var writer = new IndexWriter(directory, config);
        var papers = 0;
        foreach (var record in CorpusReader.Read(corpus))
        {
            writer.AddDocument(new Document
            {
                new StringField(IdField, record.Id, Field.Store.YES),
                new Field(TitleField, record.Title, TextWithOffsets),
                new Field(AbstractField, record.Text, TextWithOffsets),
            });
            papers++;
        }
        writer.Commit();
        return papers;
    }

    public IPeerSearcher OpenSearcher(string target) => new RawLuceneSearcher(target);
}
