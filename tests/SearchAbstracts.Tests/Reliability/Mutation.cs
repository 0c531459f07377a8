using FsCheck;
using FsCheck.Fluent;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>One way to corrupt a piece of text, at positions given as fractions so that it applies to text of any length.</summary>
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
    }

    public static Gen<Mutation> Any(ReaderFormat format) =>
        from what in Gen.Elements(Enum.GetValues<Kind>())
        from position in Gen.Choose(0, 10_000)
        from length in Gen.Choose(1, 40)
        from text in HostileText.For(format, 4)
        select new Mutation(what, position / 10_000.0, length, text.Replace("\0", "", StringComparison.Ordinal));

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
            default:
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
        }
    }

    public override string ToString() => $"{What} at {Where:0.000} ({Length}) '{ReadResultChecks.Preview(Text)}'";
}
