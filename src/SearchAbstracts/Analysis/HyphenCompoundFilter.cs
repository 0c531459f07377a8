using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Keeps only hyphenated words, joined: <c>co-design</c> → <c>codesign</c>, <c>ResNet-50,</c> → <c>ResNet50</c>,
/// <c>(Mixture-of-Experts)</c> → <c>MixtureofExperts</c>. Surrounding punctuation is trimmed and the offsets
/// cover the word as written, so the joined form can be highlighted. Runs on whitespace-separated tokens,
/// where a hyphen is still visible (the standard tokenizer splits on it).
/// </summary>
internal sealed class HyphenCompoundFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;

    public HyphenCompoundFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (TryJoin())
            {
                return true;
            }
        }
        return false;
    }

    private bool TryJoin()
    {
        var buffer = _term.Buffer;
        var length = _term.Length;
        var first = 0;
        while (first < length && !char.IsLetterOrDigit(buffer[first]))
        {
            first++;
        }
        var last = length - 1;
        while (last > first && !char.IsLetterOrDigit(buffer[last]))
        {
            last--;
        }
        if (buffer.AsSpan(first, last - first + 1).IndexOfAny('-', '\u2010', '\u2011') < 0)
        {
            return false; // most words: no hyphen, nothing to join (and nothing to allocate)
        }
        var joined = new char[last - first + 1];
        var count = 0;
        var hyphens = 0;
        for (var i = first; i <= last; i++)
        {
            var c = buffer[i];
            if (IsHyphen(c) && i > first && char.IsLetterOrDigit(buffer[i - 1]) && char.IsLetterOrDigit(buffer[i + 1]))
            {
                hyphens++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                joined[count++] = c;
            }
            else
            {
                return false;
            }
        }
        if (hyphens == 0)
        {
            return false;
        }
        var start = _offset.StartOffset;
        _term.CopyBuffer(joined, 0, count);
        _offset.SetOffset(start + first, start + last + 1);
        return true;
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
