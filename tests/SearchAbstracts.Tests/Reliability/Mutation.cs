using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>One way to corrupt a piece of text, at positions given as fractions so that it applies to text of any length.</summary>
/// <remarks>
/// The character-level kinds (<see cref="Kind.DeleteSpan"/> to <see cref="Kind.CutShort"/>) pick a character uniformly, so they
/// mostly hit the longest field, the abstract. The line-level kinds pick a line uniformly, so a record's short header lines
/// (title, citation, date, ...) are damaged as often as its body: dropped, garbled, cut, or with lines put in between them.
/// </remarks>
internal sealed record Mutation(Mutation.Kind What, double Where, int Length, string Text)
{
    public enum Kind
    {
        DeleteSpan,
        Insert,
        Replace,
        CutShort,
        DeleteLine,
        DuplicateLine,

        /// <summary>A line and the one after it deleted (e.g. a listing's badge and title).</summary>
        DeleteTwoLines,

        /// <summary>A line replaced by the mutation text on one line.</summary>
        GarbleLine,

        /// <summary>One character of a line changed, so that a keyword or a number no longer reads (<c>Pub?ished</c>, <c>20?4</c>).</summary>
        GarbleCharacter,

        /// <summary>The mutation text put in as line(s) of its own before a line.</summary>
        InsertLines,

        /// <summary>The record ends inside (or at the start of) a line; its line break stays.</summary>
        CutInLine,
    }

    public static Gen<Mutation> Any(ReaderFormat format) =>
        from what in Gen.Elements(Enum.GetValues<Kind>())
        from position in Gen.Choose(0, 10_000)
        from length in Gen.Choose(1, 40)
        from text in HostileText.For(format, 4)
        select new Mutation(what, position / 10_000.0, length, text.Replace("\0", "", StringComparison.Ordinal));

    /// <summary>True for the kinds that change whole lines (or cut one), as opposed to characters anywhere.</summary>
    public bool IsLineLevel => What >= Kind.DeleteLine;

    public string Apply(string s)
    {
        var at = Math.Min(s.Length, (int)(Where * s.Length));
        var span = Math.Min(Length, s.Length - at);
        var lines = s.Split('\n').ToList();
        var line = Math.Min(lines.Count - 1, (int)(Where * lines.Count));
        switch (What)
        {
            case Kind.DeleteSpan:
                return s.Remove(at, span);
            case Kind.Insert:
                return s.Insert(at, Text);
            case Kind.Replace:
                return s[..at] + Text + s[(at + span)..];
            case Kind.CutShort:
                // The record ends early, its line break kept so that the next record still starts on a line of its own.
                return s[..at] + "\n";
            case Kind.DeleteLine:
                lines.RemoveAt(line);
                return string.Join('\n', lines);
            case Kind.DuplicateLine:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            case Kind.DeleteTwoLines:
                lines.RemoveRange(line, Math.Min(2, lines.Count - line));
                return string.Join('\n', lines);
            case Kind.GarbleLine:
                lines[line] = OneLine(Text) is { Length: > 0 } garbage ? garbage : "#";
                return string.Join('\n', lines);
            case Kind.GarbleCharacter:
                var target = lines[line];
                if (target.Length > 0)
                {
                    var i = Length % target.Length;
                    lines[line] = target[..i] + (target[i] == '?' ? '!' : '?') + target[(i + 1)..];
                }
                return string.Join('\n', lines);
            case Kind.InsertLines:
                lines.Insert(line, Text.Length > 0 ? Text : "#");
                return string.Join('\n', lines);
            default:
                var cut = lines[line][..Math.Min(Length % 8 == 0 ? 0 : Length, lines[line].Length)];
                return string.Join('\n', lines.Take(line).Append(cut)) + "\n";
        }
    }

    public override string ToString() => $"{What} at {Where:0.000} ({Length}) '{ReadResultChecks.Preview(Text)}'";

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Trim();
}
