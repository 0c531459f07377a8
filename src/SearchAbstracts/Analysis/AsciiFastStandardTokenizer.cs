using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Lucene's <see cref="StandardTokenizer"/> (Unicode word breaks, UAX #29, as of Lucene 4.8), reading a text of ASCII
/// characters only by a direct scan, and any other text through Lucene's tokenizer itself. Tokens, offsets, position
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

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;
    private char[] _text = new char[1024];
    private int _length;
    private int _next;
    private int _skipped;

    /// <summary>Lucene's tokenizer, for texts that are not all ASCII; null while the text is.</summary>
    private StandardTokenizer? _fallback;
    private StandardTokenizer? _spareFallback;

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
        _next = 0;
        _skipped = 0;
        if (_fallback is not null)
        {
            // Not closed by the last consumer.
            _fallback.Dispose();
            _spareFallback = _fallback;
            _fallback = null;
        }
        if (System.Text.Ascii.IsValid(_text.AsSpan(0, _length)))
        {
            return;
        }
        _fallback = _spareFallback ?? new StandardTokenizer(LuceneSettings.Version, new StringReader(""));
        _spareFallback = null;
        _fallback.SetReader(new StringReader(new string(_text, 0, _length)));
        _fallback.Reset();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_fallback is not null)
        {
            return CopyFromFallback();
        }
        _skipped = 0;
        var text = _text;
        while (_next < _length)
        {
            var kind = Classes[text[_next]];
            if (kind is not (Letter or Digit or Underscore))
            {
                _next++;
                continue;
            }
            var start = _next;
            var letters = kind == Letter;
            var core = kind != Underscore;
            var previous = kind;
            var i = _next + 1;
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
            _next = i;
            if (!core)
            {
                continue;
            }
            if (i - start > MaxTokenLength)
            {
                _skipped++;
                continue;
            }
            _term.CopyBuffer(text, start, i - start);
            _offset.SetOffset(CorrectOffset(start), CorrectOffset(i));
            _increment.PositionIncrement = _skipped + 1;
            _type.Type = StandardTokenizer.TOKEN_TYPES[letters ? StandardTokenizer.ALPHANUM : StandardTokenizer.NUM];
            return true;
        }
        return false;
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
        var classes = new byte[128];
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
}
