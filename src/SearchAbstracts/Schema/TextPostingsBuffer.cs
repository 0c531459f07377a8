using System.Buffers;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SearchAbstracts.Analysis;
using Directory = Lucene.Net.Store.Directory;

namespace SearchAbstracts.Schema;

/// <summary>
/// The title, abstract, author and compound words of one segment being written, inverted here instead of by Lucene,
/// and written as the <c>title</c>, <c>abstract</c>, flat <c>text</c>, <c>author</c> and <c>compound</c> postings when
/// the segment is flushed (<see cref="TextFieldsConsumer"/>).
/// </summary>
/// <remarks>
/// <para>
/// Lucene inverts a token by converting it to UTF-8, hashing its bytes and appending variable-length integers to
/// the term's slices in a block pool, then reads all of that back at flush. Buffering the three fields here took
/// indexing arXiv 115k from 24.8 to 19.1 s on one thread, and from 15.7 to 12.2 s on two. Here a token is a term number (one hash of its
/// characters, see <see cref="TermTable"/>) and a position appended to two arrays; the flush sorts them by term
/// (a counting sort, so each term's documents and positions stay in the order they came) and hands every term's
/// postings to the codec for each field.
/// </para>
/// <para>
/// Positions are those of the flat field: the title's from 0, the abstract's after the title's (see
/// <see cref="Add"/>). The title and abstract fields take their own tokens at those positions, as Lucene indexed
/// them before; each position carries which of the two it came from. A paper's authors are a third part, at the
/// positions Lucene gives the values of a multi-valued field (<see cref="AnalyzedText.AnalyzeValues"/>), kept out of
/// the flat field: buffering them too took one-thread indexing of arXiv 115k from 15.1-16.3 to 14.8-15.1 s (three
/// alternating runs each). The joined hyphenated words of the <c>compound</c> field are a fourth part, written with
/// frequencies and no positions (about a million tokens on arXiv 115k, which Lucene's inverter spent more on than on
/// the seventeen million of title and abstract here).
/// </para>
/// <para>
/// Lucene hands every document's stored fields to the segment's stored-fields writer in document order, and that
/// writer is made for the segment it writes (<see cref="BufferingStoredFieldsFormat"/>): that is where a
/// document's analyzed words arrive (<see cref="AnalyzedTextField"/>) and how they are told apart by segment when
/// several threads index at once. The buffer is found again at flush by the segment (<see cref="Take"/>).
/// </para>
/// </remarks>
internal sealed partial class TextPostingsBuffer
{
    /// <summary>Buffers of segments being written, by segment; an aborted segment's goes with it.</summary>
    private static readonly ConditionalWeakTable<SegmentInfo, TextPostingsBuffer> Pending = new();

    /// <summary>Bytes buffered for segments being written, by index directory (Lucene's own buffer does not count them).</summary>
    private static readonly ConditionalWeakTable<Directory, StrongBox<long>> Usage = new();

    /// <summary>Segments whose buffered words began to be written, by index directory (see <see cref="FlushesStarted"/>).</summary>
    private static readonly ConditionalWeakTable<Directory, StrongBox<long>> Flushes = new();

    /// <summary>
    /// Which part a token came from, in the low bits of its kept position (positions are kept shifted left by
    /// <see cref="PartBits"/>): the title, the abstract (both make up the flat field), the authors or the compounds.
    /// </summary>
    private const int TitlePart = 0, AbstractPart = 1, AuthorPart = 2, CompoundPart = 3;

    /// <summary>Bits of a kept position that say which part it came from.</summary>
    private const int PartBits = 2, PartMask = 3;

    /// <summary>Tokens are kept in blocks of this many (a power of two), so that the buffer grows without copying or slack.</summary>
    private const int BlockShift = 15;
    private const int BlockSize = 1 << BlockShift;
    private const int BlockMask = BlockSize - 1;

    /// <summary>
    /// Token blocks of written segments, for the next ones. Each is large enough for the large-object heap, whose
    /// allocations bring on full collections: the shared pool kept too few of them (it keeps about 32 a core; a
    /// segment has 100 to 200), and indexing arXiv 115k allocated 116 MB of new ones, among 410 MB of large objects
    /// that brought on 32-35 full collections (28-29 with this pool; peak memory 225 → 231-244 MB). It keeps at most
    /// what the busiest moment needed, about 30 MB with the default budget.
    /// </summary>
    private static readonly ArrayPool<int> TokenBlocks = ArrayPool<int>.Create(BlockSize, maxArraysPerBucket: 1024);

    private readonly TermTable _terms = new();
    private readonly List<EntryMap> _maps = [];
    private long _mapBytes;

    /// <summary>Each token's term number, in document order.</summary>
    private List<int[]> _termBlocks = [];

    /// <summary>Each token's position, shifted left by <see cref="PartBits"/>, with its part in the bits below.</summary>
    private List<int[]> _positionBlocks = [];
    private int[] _termBlock = [];
    private int[] _positionBlock = [];
    private int _tokens;
    private int[] _docEnds = new int[1 << 10];
    private int _docs;
    private int _titleTokens;
    private int _abstractTokens;
    private int _authorTokens;
    private int _compoundTokens;
    private readonly StrongBox<long> _usage;
    private long _reported;

    private TextPostingsBuffer(StrongBox<long> usage) => _usage = usage;

    /// <summary>The buffer of the segment <paramref name="segment"/>, made when it gets its first document's words.</summary>
    public static TextPostingsBuffer For(SegmentInfo segment) =>
        Pending.GetValue(segment, s => new TextPostingsBuffer(Usage.GetValue(s.Dir, _ => new StrongBox<long>())));

    /// <summary>
    /// Bytes buffered for the segments being written into <paramref name="directory"/>, until each is flushed: memory
    /// outside Lucene's own accounting, which the writer's RAM budget must leave room for.
    /// </summary>
    public static long BufferedBytes(Directory directory) =>
        Usage.TryGetValue(directory, out var usage) ? Interlocked.Read(ref usage.Value) : 0;

    /// <summary>
    /// How many in-memory segments with buffered words have begun to be written into <paramref name="directory"/>:
    /// a flush, not a merge (merged segments have no buffer). A commit has taken its segments from the indexing threads
    /// once it writes the first of them (see <see cref="Indexing.PaperWriter"/>).
    /// </summary>
    public static long FlushesStarted(Directory directory) =>
        Flushes.TryGetValue(directory, out var count) ? Interlocked.Read(ref count.Value) : 0;

    /// <summary>The buffer of <paramref name="segment"/>, if any document of it had words buffered, and forgets it.</summary>
    public static TextPostingsBuffer? Take(SegmentInfo segment)
    {
        if (Pending.TryGetValue(segment, out var buffer))
        {
            Pending.Remove(segment);
            Interlocked.Increment(ref Flushes.GetValue(segment.Dir, _ => new StrongBox<long>()).Value);
            return buffer;
        }
        return null;
    }

    /// <summary>Forgets the buffer of <paramref name="segment"/> (the segment was aborted).</summary>
    public static void Discard(SegmentInfo segment)
    {
        if (Pending.TryGetValue(segment, out var buffer))
        {
            Pending.Remove(segment);
            buffer.Release();
        }
    }

    /// <summary>No longer counts this buffer's memory as buffered (its segment is written or aborted).</summary>
    public void Release()
    {
        Interlocked.Add(ref _usage.Value, -_reported);
        _reported = 0;
    }

    /// <summary>Memory held.</summary>
    public long BytesUsed => _terms.BytesUsed + (_termBlocks.Count * BlockSize * 8L) + (_docEnds.Length * 4L) + _mapBytes;

    /// <summary>
    /// Buffers the words of document <paramref name="doc"/> (documents come in increasing order): the title's at
    /// the positions Lucene gives them indexing <paramref name="title"/> alone, the abstract's at those it gives them
    /// after the title (the first one's increment includes the title's whole span); the authors' at the positions
    /// Lucene gives them in their own field; the compounds' (counted per document; their positions are not written).
    /// </summary>
    public void Add(int doc, AnalyzedText title, AnalyzedText summary, AnalyzedText? authors = null, AnalyzedText? compounds = null)
    {
        if (doc < _docs)
        {
            throw new InvalidOperationException($"document {doc} came after document {_docs - 1}: a segment's documents are buffered in order");
        }
        EndDocsBefore(doc);
        var position = -1;
        position = AddTokens(title, position, TitlePart);
        _titleTokens += title.Count;
        AddTokens(summary, position + title.TrailingIncrement, AbstractPart);
        _abstractTokens += summary.Count;
        if (authors is not null)
        {
            AddTokens(authors, -1, AuthorPart);
            _authorTokens += authors.Count;
        }
        if (compounds is not null)
        {
            AddTokens(compounds, -1, CompoundPart);
            _compoundTokens += compounds.Count;
        }
        _docEnds[_docs++] = _tokens;
        var used = BytesUsed;
        if (used != _reported)
        {
            Interlocked.Add(ref _usage.Value, used - _reported);
            _reported = used;
        }
    }

    private int AddTokens(AnalyzedText text, int position, int part)
    {
        var chars = text.Buffer;
        var map = text.Cache is null ? null : MapFor(text.Cache);
        for (var i = 0; i < text.Count; i++)
        {
            var at = _tokens & BlockMask;
            if (at == 0)
            {
                _termBlock = TokenBlocks.Rent(BlockSize);
                _positionBlock = TokenBlocks.Rent(BlockSize);
                _termBlocks.Add(_termBlock);
                _positionBlocks.Add(_positionBlock);
            }
            position += text.Increment(i);
            var entry = text.Entry(i);
            int term;
            if (map is not null && entry >= 0)
            {
                // The analyzer's cache numbers the word; its term's number here is remembered by that number.
                if (entry >= map.Terms.Length)
                {
                    var length = map.Terms.Length;
                    Array.Resize(ref map.Terms, Math.Max(entry + 1, length * 2));
                    _mapBytes += (map.Terms.Length - length) * 4L;
                }
                term = map.Terms[entry] - 1;
                if (term < 0)
                {
                    term = _terms.Id(chars.AsSpan(text.Start(i), text.Length(i)));
                    map.Terms[entry] = term + 1;
                }
            }
            else
            {
                term = _terms.Id(chars.AsSpan(text.Start(i), text.Length(i)));
            }
            _termBlock[at] = term;
            _positionBlock[at] = (position << PartBits) | part;
            _tokens++;
        }
        return position;
    }

    /// <summary>
    /// The term numbers of the words of <paramref name="cache"/> (one per indexing thread), by their number in it: a
    /// token whose word the cache knows (most of them) costs an array look-up instead of hashing its term again.
    /// </summary>
    private EntryMap MapFor(WordCache cache)
    {
        foreach (var known in _maps)
        {
            if (ReferenceEquals(known.Cache, cache))
            {
                return known;
            }
        }
        var map = new EntryMap(cache);
        _maps.Add(map);
        _mapBytes += map.Terms.Length * 4L;
        return map;
    }

    /// <summary>Term numbers plus one (0: not seen yet) by the words' numbers in <see cref="Cache"/>.</summary>
    private sealed class EntryMap(WordCache cache)
    {
        public WordCache Cache { get; } = cache;

        public int[] Terms = new int[Math.Max(1024, cache.Count)];
    }

    /// <summary>Documents before <paramref name="doc"/> not seen yet had no words.</summary>
    private void EndDocsBefore(int doc)
    {
        if (doc + 1 > _docEnds.Length)
        {
            Array.Resize(ref _docEnds, Math.Max(_docEnds.Length * 2, doc + 1));
        }
        while (_docs < doc)
        {
            _docEnds[_docs++] = _tokens;
        }
    }

    /// <summary>Tokens held in block <paramref name="block"/> (all but the last are full).</summary>
    private int BlockCount(int block) => Math.Min(BlockSize, _tokens - (block << BlockShift));

    /// <summary>The buffered postings sorted by term, ready to be written field by field; the buffer's tokens are released.</summary>
    public Sorted Sort() => new(this);
}
