using System.Text;
using SearchAbstracts.Search;

namespace SearchAbstracts.Cli.Output;

/// <summary>Marks highlight ranges with ANSI bold yellow on a terminal, or with <c>**…**</c> in plain text.</summary>
internal static class HighlightRenderer
{
    public const string PlainOpen = "**";
    public const string PlainClose = "**";
    private const string AnsiOpen = "\u001b[1;33m";

    /// <summary>Normal intensity and default colour: ends a highlight without a full reset.</summary>
    private const string AnsiClose = "\u001b[22;39m";

    /// <summary>Inside bold text (a title) a highlight only changes colour, so the rest of the title stays bold.</summary>
    private const string AnsiOpenInBold = "\u001b[33m";
    private const string AnsiCloseInBold = "\u001b[39m";

    /// <summary>
    /// Control characters from the data (an ESC in an abstract could recolour or clear the terminal) are shown
    /// inert: tabs and line breaks as spaces, anything else as U+FFFD. Lengths are kept, so ranges stay valid.
    /// </summary>
    public static string Inert(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = !char.IsControl(c) ? c : c is '\t' or '\n' or '\r' ? ' ' : '\uFFFD';
            }
        });
    }

    public static string Render(string text, IReadOnlyList<HighlightRange> ranges, bool color, bool insideBold = false)
    {
        text = Inert(text);
        var open = color ? (insideBold ? AnsiOpenInBold : AnsiOpen) : PlainOpen;
        var close = color ? (insideBold ? AnsiCloseInBold : AnsiClose) : PlainClose;
        if (ranges.Count == 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + (ranges.Count * 8));
        var at = 0;
        foreach (var range in ranges)
        {
            builder.Append(text, at, range.Start - at)
                .Append(open)
                .Append(text, range.Start, range.Length)
                .Append(close);
            at = range.End;
        }
        return builder.Append(text, at, text.Length - at).ToString();
    }

    public static string Bold(string text, bool color) => color ? $"\u001b[1m{text}\u001b[0m" : text;

    public static string Dim(string text, bool color) => color ? $"\u001b[2m{text}\u001b[0m" : text;
}
