using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Indexing;

/// <summary>What the index already holds for one paper id: enough to tell an unchanged record and to prune by file.</summary>
/// <param name="Hash">The record's <see cref="ContentHash"/> when it was written.</param>
/// <param name="SourceKey">The full path of the file it came from, or null.</param>
internal readonly record struct IndexedPaper(byte[] Hash, string? SourceKey)
{
    /// <summary>Every live paper of <paramref name="reader"/> by id, read from doc values (no stored fields are loaded).</summary>
    public static Dictionary<string, IndexedPaper> LoadAll(IndexReader reader)
    {
        var papers = new Dictionary<string, IndexedPaper>(reader.NumDocs, StringComparer.Ordinal);
        var bytes = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var ids = segment.GetSortedDocValues(PaperFields.Id);
            if (ids is null)
            {
                continue;
            }
            var sources = segment.GetSortedDocValues(PaperFields.SourceKey);
            // Many papers share a source file: one string per file and segment, not per paper.
            var sourceNames = new Dictionary<int, string>();
            var live = segment.LiveDocs;
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                // The id's doc value carries the content hash after the id (PaperDocumentMapper.IdValue).
                ids.Get(doc, bytes);
                var id = PaperDocumentMapper.IdOf(bytes);
                var hash = PaperDocumentMapper.HashOf(bytes);
                string? source = null;
                var ord = sources?.GetOrd(doc) ?? -1;
                if (ord >= 0 && !sourceNames.TryGetValue(ord, out source))
                {
                    sources!.LookupOrd(ord, bytes);
                    source = bytes.Utf8ToString();
                    sourceNames[ord] = source;
                }
                papers[id] = new IndexedPaper(hash, source);
            }
        }
        return papers;
    }
}
