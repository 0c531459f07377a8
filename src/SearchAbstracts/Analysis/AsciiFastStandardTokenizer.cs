using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Lucene's <see cref="StandardTokenizer"/> (Unicode word breaks, UAX #29, as of Lucene 4.8), reading a text of ASCII
/// characters (and of the few others in <see cref="Scanned"/>) by a direct scan, and any other text through Lucene's
/// tokenizer itself. Tokens, offsets, position
/// increments and types are Lucene's to the character, at the end of the text too (tested on every text of the
/// shared corpora and on millions of random ASCII strings).
/// </summary>
/// <remarks>
/// <para>
/// Why: the generated scanner behind <see cref="StandardTokenizer"/> costs about 5% of searching pasted titles and 7%
/// of short topical searches on arXiv 115k (perf): feedback and highlighting read the top hits' text again, and nearly
/// all of it is ASCII.
/// </para>
/// <para>
/// In ASCII, the rules reduce to these. Letters, digits and the underscore join freely (WB5, WB8–WB10, WB13a/b). A
/// colon, full stop or apostrophe between two letters joins them (WB6/7); a comma, semicolon, full stop or apostrophe
/// between two digits joins them (WB11/12). Everything else breaks. A run of underscores alone is no token; a token
/// with a letter is <c>&lt;ALPHANUM&gt;</c>, else <c>&lt;NUM&gt;</c>. A token longer than 255 characters is dropped,
/// and the next token's position increment counts it.
/// </para>
/// <para>
/// Beyond ASCII, the scan reads the letters of Latin-1 and Latin Extended-A and the Greek letters, which join like
/// ASCII letters (word-break class ALetter), and the degree, plus-minus, multiplication and division signs, which break
/// (class Other): 2.2% of arXiv 115k's titles and abstracts are not ASCII, nearly all for Greek letters and accented
/// Latin ones, and Lucene's tokenizer for them was about 2% of indexing it (perf). Any other character sends the text
/// to Lucene's tokenizer.
/// </para>
/// </remarks>
internal sealed class AsciiFastStandardTokenizer : Tokenizer
{
    /// <summary>Lucene's default (<c>StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH</c>): longer tokens are skipped.</summary>
    private const int MaxTokenLength = 255;

    // Character classes; 0 is every other character, which breaks.
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Underscore = 3;
    private const byte MidLetter = 4;
    private const byte MidNumLet = 5;
    private const byte MidNum = 6;

    private static readonly byte[] Classes = CreateClasses();

    /// <summary>The characters the scan reads (the rest of the text's characters must all be ASCII): see the remarks.</summary>
    private static readonly System.Buffers.SearchValues<char> Scanned = System.Buffers.SearchValues.Create(CreateScanned());

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private char[] _text = new char[1024];
    private int _length;
    private int _skipped;

    /// <summary>
    /// The ASCII text's tokens, found when it is read (<see cref="Reset"/>): where each starts and ends, its position
    /// increment, and whether it has a letter. Found ahead, a word can be looked at before it is emitted
    /// (<see cref="TryPeek"/>), which the word cache uses to fetch its slot early.
    /// </summary>
    private Found[] _found = new Found[64];
    private int _tokens;
    private int _emitted;

    /// <summary>Over-long tokens skipped after the last token.</summary>
    private int _skippedAtEnd;

    /// <summary>Lucene's tokenizer, for texts that are not all ASCII; null while the text is.</summary>
    private StandardTokenizer? _fallback;
    private StandardTokenizer? _spareFallback;

    /// <summary>
    /// Whether offsets go through the reader (a char filter's corrections): set at <see cref="Reset"/>. Lucene's
    /// <c>CorrectOffset</c> tests the reader's type for each offset, twice a token, which was about 1% of indexing
    /// arXiv 115k (perf); no analyzer here puts a char filter before this tokenizer.
    /// </summary>
    private bool _correctsOffsets;

    public AsciiFastStandardTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _correctsOffsets = m_input is CharFilter;
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
            {
                Array.Resize(ref _text, _text.Length * 2);
            }
        }
        _skipped = 0;
        _tokens = 0;
        _emitted = 0;
        _skippedAtEnd = 0;
        if (_fallback is not null)
        {
            // Not closed by the last consumer.
            _fallback.Dispose();
            _spareFallback = _fallback;
            _fallback = null;
        }
        var text = _text.AsSpan(0, _length);
        if (System.Text.Ascii.IsValid(text) || text.IndexOfAnyExcept(Scanned) < 0)
        {
            Scan();
            return;
        }
        _fallback = _spareFallback ?? new StandardTokenizer(LuceneSettings.Version, new StringReader(""));
        _spareFallback = null;
        _fallback.SetReader(new StringReader(new string(_text, 0, _length)));
        _fallback.Reset();
    }

    private int Corrected(int offset) => _correctsOffsets ? CorrectOffset(offset) : offset;

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_fallback is not null)
        {
            return CopyFromFallback();
        }
        if (_emitted == _tokens)
        {
            _skipped = _skippedAtEnd;
            return false;
        }
        ref var token = ref _found[_emitted++];
        _skipped = token.Increment - 1;
        _term.CopyBuffer(_text, token.Start, token.End - token.Start);
        _offset.SetOffset(Corrected(token.Start), Corrected(token.End));
        _increment.PositionIncrement = token.Increment;
        _type.Type = StandardTokenizer.TOKEN_TYPES[token.Letters ? StandardTokenizer.ALPHANUM : StandardTokenizer.NUM];
        return true;
    }

    /// <summary>The number of the token just emitted in its text (0 for the first), or -1 before the first or when the text is not ASCII.</summary>
    public int Emitted => _fallback is null ? _emitted - 1 : -1;

    /// <summary>
    /// The word <paramref name="ahead"/> tokens after the one just emitted (1: the next one), when the text is ASCII and
    /// has that many more tokens; the stream does not move.
    /// </summary>
    public bool TryPeek(int ahead, out ReadOnlySpan<char> word)
    {
        var token = _emitted - 1 + ahead;
        if (_fallback is null && token >= 0 && token < _tokens)
        {
            ref var found = ref _found[token];
            word = _text.AsSpan(found.Start, found.End - found.Start);
            return true;
        }
        word = default;
        return false;
    }

    /// <summary>
    /// The tokens of the text just reset, for a consumer that reads them all at once instead of one by one through the
    /// attributes (<see cref="CachedTermFilter"/>): the characters, each token's range and position increment. False when
    /// the text is not ASCII (its tokens come from Lucene's tokenizer) or a token was emitted already.
    /// </summary>
    internal bool TryGetAll(out char[] text, out ReadOnlySpan<Found> tokens)
    {
        if (_fallback is null && _emitted == 0)
        {
            text = _text;
            tokens = _found.AsSpan(0, _tokens);
            return true;
        }
        text = [];
        tokens = default;
        return false;
    }

    /// <summary>After <see cref="TryGetAll"/>: the stream is at its end, as if every token had been emitted (<see cref="End"/> comes next).</summary>
    internal void SkipToEnd()
    {
        _emitted = _tokens;
        _skipped = _skippedAtEnd;
    }

    /// <summary>Finds every token of the ASCII text (the rules in the remarks above).</summary>
    private void Scan()
    {
        var text = _text;
        var next = 0;
        var skipped = 0;
        while (next < _length)
        {
            var kind = Classes[text[next]];
            if (kind is not (Letter or Digit or Underscore))
            {
                next++;
                continue;
            }
            var start = next;
            var letters = kind == Letter;
            var core = kind != Underscore;
            var previous = kind;
            var i = next + 1;
            while (i < _length)
            {
                var current = Classes[text[i]];
                if (current is Letter or Digit or Underscore)
                {
                    letters |= current == Letter;
                    core |= current != Underscore;
                    previous = current;
                    i++;
                    continue;
                }
                if (i + 1 < _length)
                {
                    var after = Classes[text[i + 1]];
                    if (previous == Letter && after == Letter && current is MidLetter or MidNumLet)
                    {
                        i += 2;
                        continue;
                    }
                    if (previous == Digit && after == Digit && current is MidNum or MidNumLet)
                    {
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            next = i;
            if (!core)
            {
                continue;
            }
            if (i - start > MaxTokenLength)
            {
                skipped++;
                continue;
            }
            if (_tokens == _found.Length)
            {
                Array.Resize(ref _found, _tokens * 2);
            }
            _found[_tokens++] = new Found(start, i, skipped + 1, letters);
            skipped = 0;
        }
        _skippedAtEnd = skipped;
    }

    public override void End()
    {
        base.End();
        if (_fallback is not null)
        {
            _fallback.End();
            var end = CorrectOffset(_fallback.GetAttribute<IOffsetAttribute>().EndOffset);
            _offset.SetOffset(end, end);
            _increment.PositionIncrement = _fallback.GetAttribute<IPositionIncrementAttribute>().PositionIncrement;
            return;
        }
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
        _increment.PositionIncrement += _skipped;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _fallback is not null)
        {
            // Closed now, so that it can take the next non-ASCII text.
            _fallback.Dispose();
            _spareFallback = _fallback;
            _fallback = null;
        }
    }

    private bool CopyFromFallback()
    {
        if (!_fallback!.IncrementToken())
        {
            return false;
        }
        var term = _fallback.GetAttribute<ICharTermAttribute>();
        var offset = _fallback.GetAttribute<IOffsetAttribute>();
        _term.CopyBuffer(term.Buffer, 0, term.Length);
        _offset.SetOffset(CorrectOffset(offset.StartOffset), CorrectOffset(offset.EndOffset));
        _increment.PositionIncrement = _fallback.GetAttribute<IPositionIncrementAttribute>().PositionIncrement;
        _type.Type = _fallback.GetAttribute<ITypeAttribute>().Type;
        return true;
    }

    private static byte[] CreateClasses()
    {
        var classes = new byte[0x400];
        foreach (var c in ExtendedLetters())
        {
            classes[c] = Letter;
        }
        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = Letter;
            classes[char.ToUpperInvariant(c)] = Letter;
        }
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit;
        }
        classes['_'] = Underscore;
        classes[':'] = MidLetter;
        classes['.'] = MidNumLet;
        classes['\''] = MidNumLet;
        classes[','] = MidNum;
        classes[';'] = MidNum;
        return classes;
    }

    /// <summary>Latin-1 and Latin Extended-A letters, and the Greek letters (all of word-break class ALetter).</summary>
    private static IEnumerable<char> ExtendedLetters()
    {
        for (var c = '\u00C0'; c <= '\u017F'; c++)
        {
            if (c is not ('\u00D7' or '\u00F7'))
            {
                yield return c;
            }
        }
        for (var c = '\u0391'; c <= '\u03C9'; c++)
        {
            if (c is not ('\u03A2' or (>= '\u03AA' and <= '\u03B0')))
            {
                yield return c;
            }
        }
    }

    /// <summary>Every ASCII character, the extended letters, and four signs of class Other (degree, plus-minus, times, divided by).</summary>
    private static string CreateScanned() =>
        new string([.. Enumerable.Range(0, 128).Select(c => (char)c), .. ExtendedLetters(), '\u00B0', '\u00B1', '\u00D7', '\u00F7']);

    /// <summary>A token found in the text: its characters' range, its position increment, whether it has a letter.</summary>
    internal readonly record struct Found(int Start, int End, int Increment, bool Letters);
}
