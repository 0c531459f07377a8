using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>
/// The terms and position increments of one text (or of a multi-valued field's values, <see cref="AnalyzeValues"/>),
/// analyzed once. Indexing buffers title and abstract for three fields (<c>title</c>, <c>abstract</c> and the flat
/// <c>text</c>) and the authors for <c>author</c> (see <c>Schema.TextPostingsBuffer</c>), because tokenizing and
/// stemming are most of the cost of indexing and each field would otherwise repeat them.
/// </summary>
internal sealed class AnalyzedText
{
    private char[] _chars = new char[256];
    private int[] _ends = new int[32];
    private int[] _increments = new int[32];
    private int[] _entries = new int[32];
    private int _incrementSum;

    private AnalyzedText()
    {
    }

    /// <summary>Number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>Positions skipped after the last token (stop words at the end), as the stream reported at its end.</summary>
    public int TrailingIncrement { get; private set; }

    /// <summary>The positions the text takes up in a field: every increment, the trailing one included.</summary>
    public int PositionSpan => _incrementSum + TrailingIncrement;

    /// <summary>Runs <paramref name="text"/> through <paramref name="analyzer"/> as field <paramref name="field"/> and keeps every token.</summary>
    public static AnalyzedText Analyze(Analyzer analyzer, string field, string text) => Analyze(analyzer, field, text, new AnalyzedText());

    /// <summary>A holder for <see cref="Analyze(Analyzer, string, string, AnalyzedText)"/> to fill again and again.</summary>
    public static AnalyzedText CreateReusable() => new();

    /// <summary>
    /// As <see cref="Analyze(Analyzer, string, string)"/>, into <paramref name="reuse"/>, whose earlier tokens are
    /// dropped and whose arrays are kept: indexing analyzes two texts per paper, and new arrays grown to each
    /// abstract's size were a tenth of what it allocated (arXiv 115k).
    /// </summary>
    public static AnalyzedText Analyze(Analyzer analyzer, string field, string text, AnalyzedText reuse)
    {
        reuse.Clear();
        var carried = 0;
        reuse.Append(analyzer, field, text, ref carried);
        reuse.TrailingIncrement = carried;
        return reuse;
    }

    /// <summary>
    /// The values of a multi-valued field (a paper's authors) as Lucene inverts them, into <paramref name="reuse"/>:
    /// each value's tokens after the one before's, with the analyzer's position increment gap between the two (added
    /// to the first token's increment, or carried on past a value without tokens).
    /// </summary>
    public static AnalyzedText AnalyzeValues(Analyzer analyzer, string field, IReadOnlyList<string> values, AnalyzedText reuse)
    {
        reuse.Clear();
        var gap = analyzer.GetPositionIncrementGap(field);
        var carried = 0;
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                carried += gap;
            }
            reuse.Append(analyzer, field, values[i], ref carried);
        }
        reuse.TrailingIncrement = carried;
        return reuse;
    }

    /// <summary>
    /// Adds the tokens of <paramref name="text"/>, the first one's increment raised by <paramref name="carried"/>
    /// (positions left by what came before); leaves in it the positions the stream reported skipped at its end.
    /// </summary>
    private void Append(Analyzer analyzer, string field, string text, ref int carried)
    {
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var cached = stream as CachedTermFilter;
        Cache = cached?.Cache;
        stream.Reset();
        if (cached is null || !cached.TryAppendAll(this, ref carried))
        {
            while (stream.IncrementToken())
            {
                Add(term.Buffer.AsSpan(0, term.Length), increment.PositionIncrement + carried, cached?.Entry ?? -1);
                carried = 0;
            }
        }
        stream.End();
        carried += increment.PositionIncrement;
    }

    /// <summary>The characters of every token, one after the other; see <see cref="Start"/> and <see cref="Length"/>.</summary>
    public char[] Buffer => _chars;

    /// <summary>Where token <paramref name="index"/> starts in <see cref="Buffer"/>.</summary>
    public int Start(int index) => index == 0 ? 0 : _ends[index - 1];

    /// <summary>The length of token <paramref name="index"/>.</summary>
    public int Length(int index) => _ends[index] - Start(index);

    /// <summary>The position increment of token <paramref name="index"/> (more than 1 after removed stop words).</summary>
    public int Increment(int index) => _increments[index];

    /// <summary>The cache of the analyzer's word filter, when the analyzer ends with one (<see cref="CachedTermFilter"/>).</summary>
    public WordCache? Cache { get; private set; }

    /// <summary>The number of token <paramref name="index"/>'s word in <see cref="Cache"/>, or -1: one number, one term.</summary>
    public int Entry(int index) => _entries[index];

    private void Clear()
    {
        Count = 0;
        TrailingIncrement = 0;
        _incrementSum = 0;
        Cache = null;
    }

    /// <summary>Adds a token: its term's characters, its position increment, and its word's number in <see cref="Cache"/> (or -1).</summary>
    internal void Add(ReadOnlySpan<char> term, int increment, int entry)
    {
        var length = term.Length;
        var start = Count == 0 ? 0 : _ends[Count - 1];
        if (start + length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, start + length));
        }
        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, Count * 2);
            Array.Resize(ref _increments, Count * 2);
            Array.Resize(ref _entries, Count * 2);
        }
        term.CopyTo(_chars.AsSpan(start));
        _ends[Count] = start + length;
        _increments[Count] = increment;
        _entries[Count] = entry;
        _incrementSum += increment;
        Count++;
    }
}
