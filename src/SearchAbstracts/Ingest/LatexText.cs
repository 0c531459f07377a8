using System.Text;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Turns the LaTeX in BibTeX field values into the plain Unicode text a reader sees: <c>{\"o}</c> → ö,
/// <c>\&amp;</c> → &amp;, <c>--</c> → en dash, <c>\textit{word}</c> → word, protective braces dropped.
/// </summary>
/// <remarks>
/// Math (<c>$O(n^2)$</c>) is kept as written, dollars included: it cannot be turned into plain text faithfully,
/// and kept whole it still matches a search for its symbols. Whitespace runs become one space; with paragraphs
/// kept, a blank line (or <c>\par</c>) becomes a blank line, as <see cref="Paper.Abstract"/> joins paragraphs.
/// </remarks>
internal sealed class LatexText
{
    // An accent's argument may hold another accent (\"{\'{e}}, \"\'e), read recursively: real text nests two deep,
    // hostile text could overflow the stack.
    private const int MaxNesting = 16;

    private readonly string _text;
    private readonly bool _paragraphs;
    private readonly StringBuilder _out = new();
    private int _pos;
    private int _nesting;

    private LatexText(string text, bool paragraphs)
    {
        _text = text;
        _paragraphs = paragraphs;
    }

    /// <summary>The plain text of a field value, trimmed, accented letters precomposed where Unicode has them.</summary>
    /// <param name="text">The value as written between the field's delimiters.</param>
    /// <param name="paragraphs">True to keep blank lines as paragraph breaks (abstracts); false to make them spaces.</param>
    public static string ToPlain(string text, bool paragraphs = false)
    {
        var latex = new LatexText(text, paragraphs);
        latex.Run(text.Length);
        return latex._out.ToString().Trim();
    }

    /// <summary>
    /// Only drops braces and backslash escapes (<c>10.1000/a\_b</c> → <c>10.1000/a_b</c>), for values such as DOIs
    /// and URLs where <c>--</c> or <c>~</c> are not typography.
    /// </summary>
    public static string Unescape(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && !char.IsAsciiLetter(text[i + 1]))
                plain.Append(text[++i]);
            else if (c is not ('{' or '}'))
                plain.Append(c);
        }
        return plain.ToString().Trim();
    }

    private char At(int i) => i < _text.Length ? _text[i] : '\0';

    private void Run(int end)
    {
        while (_pos < end)
        {
            var c = _text[_pos];
            switch (c)
            {
                case '{' or '}':
                    _pos++;
                    break;
                case '\\':
                    Command(end);
                    break;
                case '$':
                    MathSpan(end);
                    break;
                case '~':
                    Space();
                    _pos++;
                    break;
                case '-':
                    Dash();
                    break;
                case '`' when At(_pos + 1) == '`':
                    _out.Append('“');
                    _pos += 2;
                    break;
                case '\'' when At(_pos + 1) == '\'':
                    _out.Append('”');
                    _pos += 2;
                    break;
                case var _ when char.IsWhiteSpace(c):
                    Whitespace(end);
                    break;
                default:
                    _out.Append(c);
                    _pos++;
                    break;
            }
        }
    }

    private void Dash()
    {
        var length = At(_pos + 1) != '-' ? 1 : At(_pos + 2) == '-' ? 3 : 2;
        _out.Append(length switch { 1 => "-", 2 => "\u2013", _ => "\u2014" });
        _pos += length;
    }

    /// <summary>One space for a run of whitespace; a blank line inside it is a paragraph break when those are kept.</summary>
    private void Whitespace(int end)
    {
        var newlines = 0;
        for (; _pos < end && char.IsWhiteSpace(_text[_pos]); _pos++)
            newlines += _text[_pos] == '\n' ? 1 : 0;
        if (_paragraphs && newlines >= 2)
            Paragraph();
        else
            Space();
    }

    private void Space()
    {
        if (_out.Length > 0 && !char.IsWhiteSpace(_out[^1]))
            _out.Append(' ');
    }

    private void Paragraph()
    {
        while (_out.Length > 0 && _out[^1] == ' ')
            _out.Length--;
        if (_out.Length > 0 && _out[^1] != '\n')
            _out.Append("\n\n");
    }

    /// <summary>Copies <c>$…$</c> (or <c>$$…$$</c>) as written; a lone <c>$</c> is kept as a character.</summary>
    private void MathSpan(int end)
    {
        var fence = At(_pos + 1) == '$' ? "$$" : "$";
        var close = _text.IndexOf(fence, _pos + fence.Length, StringComparison.Ordinal);
        while (close > 0 && _text[close - 1] == '\\')
            close = _text.IndexOf(fence, close + 1, StringComparison.Ordinal);
        if (close < 0 || close + fence.Length > end)
        {
            _out.Append('$');
            _pos++;
            return;
        }
        _out.Append(_text, _pos, close + fence.Length - _pos);
        _pos = close + fence.Length;
    }

    private void Command(int end)
    {
        _pos++;
        var c = At(_pos);
        if (!char.IsAsciiLetter(c))
        {
            Symbol(c, end);
            return;
        }
        var start = _pos;
        while (_pos < end && char.IsAsciiLetter(_text[_pos]))
            _pos++;
        Word(_text[start.._pos], end);
    }

    private void Symbol(char c, int end)
    {
        _pos++;
        if (LatexSymbols.Accents.TryGetValue(c.ToString(), out var accent))
            Accent(accent, end);
        else if (c is '\\' or ',' or ';' or ':' or ' ' or '\n')
            Space();
        else if (c is not ('-' or '/' or '!' or '@' or '\0'))
            _out.Append(c);
    }

    private void Word(string name, int end)
    {
        if (LatexSymbols.Accents.TryGetValue(name, out var accent))
        {
            Accent(accent, end);
        }
        else if (LatexSymbols.Letters.TryGetValue(name, out var letter))
        {
            _out.Append(letter);
            SkipSpaces(end);
        }
        else if (LatexSymbols.Words.TryGetValue(name, out var word))
        {
            if (word == "\n\n")
                Paragraph();
            else
                _out.Append(word);
            // \ldots{} or \LaTeX{}: the empty group only ends the command name.
            if (At(_pos) == '{' && At(_pos + 1) == '}')
                _pos += 2;
        }
        else if (LatexSymbols.Formatting.Contains(name) || At(_pos) == '{')
        {
            // The argument's text is read next; its braces are dropped like any others.
            SkipSpaces(end);
        }
        else
        {
            // An unknown command with no argument, e.g. \alpha outside math: its name is the best text there is.
            _out.Append(name);
        }
    }

    /// <summary>Puts the accent on the first letter of the argument: <c>\"o</c>, <c>\"{o}</c>, <c>\'{\i}</c>.</summary>
    private void Accent(LatexAccent accent, int end)
    {
        if (_nesting >= MaxNesting)
            return;
        _nesting++;
        SkipSpaces(end);
        var before = _out.Length;
        if (At(_pos) == '{')
        {
            var close = MatchingBrace(_pos, end);
            _pos++;
            Run(close);
            _pos = Math.Min(close + 1, end);
        }
        else if (At(_pos) == '\\')
        {
            Command(end);
        }
        else if (_pos < end)
        {
            _out.Append(_text[_pos++]);
        }
        if (_out.Length == before)
            _out.Append(' ');
        var letter = _out[before];
        _out.Remove(before, 1).Insert(before, accent.On(letter));
        _nesting--;
    }

    private int MatchingBrace(int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            depth += _text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
                return i;
        }
        return end;
    }

    private void SkipSpaces(int end)
    {
        while (_pos < end && _text[_pos] is ' ' or '\t')
            _pos++;
    }
}
