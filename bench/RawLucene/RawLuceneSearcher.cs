using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Lucene.Net.Store;

namespace SearchAbstracts.Bench.RawLucene;

/// <summary>
/// Searches a raw Lucene.Net index: the query's words analyzed by EnglishAnalyzer, each one a SHOULD clause of
/// <c>title:word abstract:word</c> (what MultiFieldQueryParser builds from escaped plain text), top 10, and the
/// best sentence of the abstract of each hit from the postings highlighter.
/// </summary>
internal sealed class RawLuceneSearcher : IPeerSearcher
{
    private const int TopHits = 10;
    private static readonly ISet<string> IdOnly = new HashSet<string>(StringComparer.Ordinal) { RawLuceneEngine.IdField };

    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer = new EnglishAnalyzer(RawLuceneEngine.Version);
    private readonly BracketHighlighter _highlighter = new();

    public RawLuceneSearcher(string target)
    {
        _directory = FSDirectory.Open(target);
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = RawLuceneEngine.Similarity };
    }

    public IReadOnlyList<BenchHit> Search(string text)
    {
        var query = BuildQuery(text);
        if (query.Clauses.Count == 0)
        {
            return [];
        }
        var top = _searcher.Search(query, TopHits);
        var snippets = _highlighter.Highlight(RawLuceneEngine.AbstractField, query, _searcher, top, 1);
        var hits = new BenchHit[top.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var scoreDoc = top.ScoreDocs[i];
            var id = _searcher.Doc(scoreDoc.Doc, IdOnly).Get(RawLuceneEngine.IdField);
            hits[i] = new BenchHit(id, scoreDoc.Score, snippets[i] ?? "");
        }
        return hits;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private BooleanQuery BuildQuery(string text)
    {
        var query = new BooleanQuery();
        using var stream = _analyzer.GetTokenStream(RawLuceneEngine.AbstractField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            query.Add(new BooleanQuery
            {
                { new TermQuery(new Term(RawLuceneEngine.TitleField, word)), Occur.SHOULD },
                { new TermQuery(new Term(RawLuceneEngine.AbstractField, word)), Occur.SHOULD },
            }, Occur.SHOULD);
        }
        stream.End();
        return query;
    }

    /// <summary>Marks matches as <c>[word]</c> and cut points as <c>…</c>, like the FTS5 peer's <c>snippet()</c>.</summary>
    private sealed class BracketHighlighter : ICUPostingsHighlighter
    {
        private readonly PassageFormatter _formatter = new DefaultPassageFormatter("[", "]", "… ", false);

        protected override PassageFormatter GetFormatter(string field) => _formatter;
    }
}
