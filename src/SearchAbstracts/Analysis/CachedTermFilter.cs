using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Runs a chain of per-token filters (possessive, lower case, folding, stop words, stemming) once per distinct
/// word instead of once per occurrence, remembering what each word became. The output is the chain's own, token
/// for token: a word the chain drops is dropped here, and its position is added to the next token's increment
/// (and to the final increment at the end), as Lucene's stop filter does.
/// </summary>
/// <remarks>
/// Words repeat: in the arXiv corpus a few tens of thousands of distinct words make up almost every token, so
/// nearly every token is a dictionary hit. The filters after the tokenizer were about a seventh of indexing CPU
/// (arXiv 115k, perf); a hit is one hash of the word. Only filters whose output depends on nothing but the
/// word's characters may be put in the chain, which holds for the ones above (none reads a keyword mark
/// that an earlier filter could set, and none changes offsets or types).
/// </remarks>
internal sealed class CachedTermFilter : TokenFilter
{
    /// <summary>Words longer than this are rare and are analyzed every time rather than remembered.</summary>
    private const int MaxCachedLength = 48;

    /// <summary>Distinct words remembered per filter (one per thread and analyzer) by default; see <see cref="WordCache"/>.</summary>
    public const int DefaultMaxEntries = 1 << 15;

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly SingleToken _word;
    private readonly TokenStream _chain;
    private readonly ICharTermAttribute _chainTerm;
    private readonly WordCache _cache;

    /// <summary>The tokenizer when it feeds this filter directly: it can show the words to come (<see cref="PrefetchDistance"/>).</summary>
    private readonly AsciiFastStandardTokenizer? _source;
    private int _skipped;

    /// <summary>
    /// How many words ahead the cache is asked to load a word's slot, so that the load is done when the word comes
    /// up (a word takes a few tens of nanoseconds here, a load from memory about a hundred); the word's characters
    /// are asked for one word ahead, from the slot loaded by then.
    /// </summary>
    /// <remarks>
    /// Waiting for those two loads was about 12% of one-thread indexing on arXiv 115k (perf): the slots and characters
    /// of a large text's words do not fit in a core's cache. Asked for ahead, the waits overlap the work in between.
    /// </remarks>
    private const int PrefetchDistance = 3;

    /// <summary>The hashes of the words asked for ahead, by their number in the text (a ring; <see cref="_hashedToken"/> says whose each is).</summary>
    private readonly uint[] _hashes = new uint[HashRing];
    private readonly int[] _hashedToken = new int[HashRing];
    private const int HashRing = 16;

    /// <summary>
    /// In <see cref="TryAppendAll"/>, which spends less time on each word than <see cref="IncrementToken"/>: how far ahead
    /// slots and characters are asked for. At 3 and 1 (<see cref="PrefetchDistance"/>) a third of the look-up's time
    /// was still the wait for its slot (perf annotate); at 8 and 3 the cache's share of one-thread indexing of arXiv
    /// 115k fell from 844, 736 and 850 samples to 680, 708 and 736 in alternating runs.
    /// </summary>
    private const int SlotsAhead = 8, CharsAhead = 3;

    /// <param name="input">The tokenizer (or any stream) whose words are filtered.</param>
    /// <param name="chain">Builds the per-token filters over the stream it is given.</param>
    /// <param name="maxEntries">How many distinct words to remember at most.</param>
    public CachedTermFilter(TokenStream input, Func<TokenStream, TokenStream> chain, int maxEntries = DefaultMaxEntries)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _word = new SingleToken();
        _chain = chain(_word);
        _chainTerm = _chain.GetAttribute<ICharTermAttribute>();
        _cache = new WordCache(maxEntries);
        _source = input as AsciiFastStandardTokenizer;
        Array.Fill(_hashedToken, -1);
    }

    /// <summary>The cache the filter's words are numbered in (see <see cref="Entry"/>).</summary>
    public WordCache Cache => _cache;

    /// <summary>
    /// The number in <see cref="Cache"/> of the word the current token came from, or -1 when the word is not kept:
    /// the same number always stands for the same term, so a consumer can remember what it made of the term by it.
    /// </summary>
    public int Entry { get; private set; }

    public override bool IncrementToken()
    {
        _skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            var token = _source?.Emitted ?? -1;
            if (token >= 0)
            {
                Prefetch(token);
            }
            var ring = token & (HashRing - 1);
            var hash = token >= 0 && _hashedToken[ring] == token ? _hashes[ring] : _cache.HashOf(word);
            var term = Lookup(word, hash, out var dropped, out var unchanged, out var entry);
            Entry = entry;
            if (dropped)
            {
                _skipped += _increment.PositionIncrement;
                continue;
            }
            if (!unchanged)
            {
                term.CopyTo(_term.ResizeBuffer(term.Length));
                _term.Length = term.Length;
            }
            if (_skipped != 0)
            {
                _increment.PositionIncrement += _skipped;
            }
            return true;
        }
        return false;
    }

    public override void End()
    {
        base.End();
        _increment.PositionIncrement += _skipped;
    }

    public override void Reset()
    {
        base.Reset();
        _skipped = 0;
        Array.Fill(_hashedToken, -1);
    }

    /// <summary>
    /// With word <paramref name="token"/> of the text just emitted: asks the cache to load the slot of the word
    /// <see cref="PrefetchDistance"/> ahead (of every word up to there, at the first word), and the characters of the next one.
    /// </summary>
    private void Prefetch(int token)
    {
        for (var ahead = token == 0 ? 1 : PrefetchDistance; ahead <= PrefetchDistance; ahead++)
        {
            if (_source!.TryPeek(ahead, out var word) && !word.IsEmpty)
            {
                var at = token + ahead;
                var hash = _cache.HashOf(word);
                _hashes[at & (HashRing - 1)] = hash;
                _hashedToken[at & (HashRing - 1)] = at;
                _cache.PrefetchSlot(hash);
            }
        }
        var next = token + 1;
        if (_hashedToken[next & (HashRing - 1)] == next && _source!.TryPeek(1, out var following))
        {
            _cache.PrefetchChars(_hashes[next & (HashRing - 1)], following.Length);
        }
    }

    /// <summary>
    /// Adds every token of the text just reset to <paramref name="target"/>, the first one's increment raised by
    /// <paramref name="carried"/>, exactly as <see cref="IncrementToken"/> would give them one by one; leaves the
    /// stream at its end, ready for <see cref="End"/>. False, having read nothing, unless the words come straight from
    /// the ASCII tokenizer on an ASCII text (nearly every title and abstract).
    /// </summary>
    /// <remarks>
    /// Indexing analyzes every title and abstract into an <see cref="AnalyzedText"/>. Token by token, each word was
    /// copied into the term attribute, the attributes were cleared and set through their interfaces, and the term
    /// copied out again: about 3% of indexing arXiv 115k (perf) that this loop does not do.
    /// </remarks>
    internal bool TryAppendAll(AnalyzedText target, ref int carried)
    {
        if (_source is null || !_source.TryGetAll(out var text, out var tokens))
        {
            return false;
        }
        var hashes = _hashes;
        // The first words' slots are asked for ahead of the loop; then each word asks for the slot of the word
        // SlotsAhead ahead and for the characters of the word CharsAhead ahead (see PrefetchDistance).
        for (var ahead = 0; ahead < Math.Min(SlotsAhead, tokens.Length); ahead++)
        {
            var hash = _cache.HashOf(Word(text, tokens[ahead]));
            hashes[ahead & (HashRing - 1)] = hash;
            _cache.PrefetchSlot(hash);
        }
        var skipped = carried;
        for (var i = 0; i < tokens.Length; i++)
        {
            var ahead = i + SlotsAhead;
            if (ahead < tokens.Length)
            {
                var aheadHash = _cache.HashOf(Word(text, tokens[ahead]));
                hashes[ahead & (HashRing - 1)] = aheadHash;
                _cache.PrefetchSlot(aheadHash);
            }
            if (i + CharsAhead < tokens.Length)
            {
                _cache.PrefetchChars(hashes[(i + CharsAhead) & (HashRing - 1)], tokens[i + CharsAhead].End - tokens[i + CharsAhead].Start);
            }
            var word = Word(text, tokens[i]);
            var term = Lookup(word, hashes[i & (HashRing - 1)], out var dropped, out _, out var entry);
            if (dropped)
            {
                skipped += tokens[i].Increment;
                continue;
            }
            target.Add(term, tokens[i].Increment + skipped, entry);
            skipped = 0;
        }
        carried = 0;
        // End adds what the last words dropped to the final increment, as after the last IncrementToken.
        _skipped = skipped;
        _source.SkipToEnd();
        return true;
    }

    private static ReadOnlySpan<char> Word(char[] text, in AsciiFastStandardTokenizer.Found token) => text.AsSpan(token.Start, token.End - token.Start);

    /// <summary>
    /// What <paramref name="word"/> (of <paramref name="hash"/>) becomes: its term, or <paramref name="dropped"/>; from the
    /// cache, or from the chain and then remembered. <paramref name="unchanged"/> when the term is the word itself;
    /// <paramref name="entry"/> is the word's number in the cache (-1 when it is not kept).
    /// </summary>
    /// <remarks>Inlined: it is the inner step of both loops over a text's words.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ReadOnlySpan<char> Lookup(ReadOnlySpan<char> word, uint hash, out bool dropped, out bool unchanged, out int entry)
    {
        if (_cache.TryGet(word, hash, out var term, out dropped, out unchanged, out entry))
        {
            return term;
        }
        dropped = !Analyze(word);
        term = _chainTerm.Buffer.AsSpan(0, _chainTerm.Length);
        unchanged = !dropped && word.SequenceEqual(term);
        entry = word.Length <= MaxCachedLength ? _cache.Add(word, term, dropped) : -1;
        return term;
    }

    /// <summary>Runs the chain on <paramref name="word"/> alone; true when it yields a term (left in the chain's term attribute).</summary>
    private bool Analyze(ReadOnlySpan<char> word)
    {
        _word.Set(word);
        _chain.Reset();
        // One token in, at most one out. End is not called: it would clear the term before it is read, and the
        // filters keep no state past a token that Reset does not start afresh.
        return _chain.IncrementToken();
    }

    /// <summary>A stream of exactly one token, the word set before <see cref="TokenStream.Reset"/>.</summary>
    private sealed class SingleToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private char[] _chars = new char[MaxCachedLength];
        private int _length;
        private bool _done;

        public SingleToken() => _term = AddAttribute<ICharTermAttribute>();

        public void Set(ReadOnlySpan<char> word)
        {
            if (word.Length > _chars.Length)
            {
                _chars = new char[word.Length];
            }
            word.CopyTo(_chars);
            _length = word.Length;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }

        public override bool IncrementToken()
        {
            if (_done)
            {
                return false;
            }
            ClearAttributes();
            _term.CopyBuffer(_chars, 0, _length);
            _done = true;
            return true;
        }
    }
}
