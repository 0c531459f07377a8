using FsCheck.Fluent;
using SearchAbstracts.Ingest;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 4 (hostile input), record by record: files of generated valid records in each format, then
/// damaged. Properties:
/// <list type="number">
/// <item>Garbage between two records leaves both records, and every other, with every field as read from the clean file
/// (a listing record's abstract may gain the garbage at its end: abstracts run to the next record; and listing garbage
/// holds no line that reads as a citation, see the second exception below).</item>
/// <item>A file of N records with one corrupted (a span deleted, text inserted, characters replaced, the record cut short,
/// a line deleted or doubled) still yields at least N−1 of them, every one but the corrupted one unchanged. Two known
/// exceptions cost one more record: in CSV a quote added or removed may join the next row; in a listing a record whose
/// title line is destroyed takes the previous record's one-line abstract as its title.</item>
/// <item>A file cut at any offset yields every record that ended before the cut, unchanged.</item>
/// </list>
/// Every case also checks that parsing does not throw, finishes (<see cref="HangGuard"/>) and gives well-formed diagnostics.
/// </summary>
public sealed class ReaderRecordPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 150;

    public static TheoryData<string> Formats => new(ReaderFormat.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_GarbageBetweenTwoRecords_KeepsEveryRecordUnchanged(string name)
    {
        var format = ReaderFormat.Named(name);
        var gen = from count in Gen.Choose(2, 6)
                  from records in RecordContent.Many(count)
                  from at in Gen.Choose(0, count - 2)
                  from garbage in HostileText.Garbage(format)
                  select new FileCase(records, at, garbage);

        var ran = PropertyRun.Check(gen, Cases, seed: 501, c =>
        {
            var (text, ends) = format.File(c.Records);
            var clean = Read(format, text, c.Records.Length);
            var garbage = format.AbstractAbsorbsFollowingText ? WithoutCitationLines(c.Text) : c.Text;
            var damaged = text.Insert(ends[c.At], garbage + "\n");

            var result = Parse(format, damaged);

            ReadResultChecks.AssertPresent(clean.Papers, Enumerable.Range(0, c.Records.Length), result,
                i => format.AbstractAbsorbsFollowingText && i == c.At, damaged);
        });

        output.WriteLine($"{name}: {ran} files with garbage between two records");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_OneCorruptedRecord_KeepsTheOthers(string name)
    {
        var format = ReaderFormat.Named(name);
        var gen = from count in Gen.Choose(2, 6)
                  from records in RecordContent.Many(count)
                  from at in Gen.Choose(0, count - 1)
                  from mutation in Mutation.Any(format)
                  select new FileCase(records, at, "", mutation);

        var ran = PropertyRun.Check(gen, Cases, seed: 502, c =>
        {
            var (text, ends) = format.File(c.Records);
            var clean = Read(format, text, c.Records.Length);
            var start = c.At == 0 ? format.Header.Length : ends[c.At - 1];
            // The line breaks that end the record stay: without them two records share a line, which damages two.
            var record = text[start..ends[c.At]];
            var body = record.TrimEnd('\n');
            var corrupted = c.Mutation!.Apply(body);
            var damaged = text[..start] + corrupted + record[body.Length..] + text[ends[c.At]..];

            var result = Parse(format, damaged);

            // In CSV a quote added or removed can make a quoted field run on into the next row (RFC 4180 lets a
            // quoted field span lines), which then joins the corrupted one: that costs the next record too.
            var joinsNext = format.Name == "csv"
                && (c.Mutation.Text.Contains('"', StringComparison.Ordinal) || body.Count(ch => ch == '"') != corrupted.Count(ch => ch == '"'));
            // A listing record whose title line is destroyed takes the line above its citation as its title: when that is
            // the previous record's one-paragraph abstract, the previous record is left without one and skipped (reported).
            var takesPrevious = format.AbstractAbsorbsFollowingText && !$"\n{corrupted}\n".Contains($"\n{c.Records[c.At].Title}\n", StringComparison.Ordinal);
            var others = Enumerable.Range(0, c.Records.Length)
                .Where(i => i != c.At && !(joinsNext && i == c.At + 1) && !(takesPrevious && i == c.At - 1))
                .ToList();
            ReadResultChecks.AssertPresent(clean.Papers, others, result,
                i => format.AbstractAbsorbsFollowingText && i == c.At - 1, damaged);
        });

        output.WriteLine($"{name}: {ran} files with one corrupted record");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_FileCutAnywhere_KeepsTheRecordsBeforeTheCut(string name)
    {
        var format = ReaderFormat.Named(name);
        var gen = from count in Gen.Choose(1, 5)
                  from records in RecordContent.Many(count)
                  from permille in Gen.Choose(0, 1000)
                  select new FileCase(records, permille, "");

        var ran = PropertyRun.Check(gen, Cases, seed: 503, c =>
        {
            var (text, ends) = format.File(c.Records);
            var clean = Read(format, text, c.Records.Length);
            var cut = (int)((long)text.Length * c.At / 1000);
            var truncated = text[..cut];

            var result = Parse(format, truncated);

            var complete = Enumerable.Range(0, c.Records.Length).Where(i => ends[i] <= cut).ToList();
            ReadResultChecks.AssertPresent(clean.Papers, complete, result,
                i => format.AbstractAbsorbsFollowingText && i == complete[^1], truncated);
        });

        output.WriteLine($"{name}: {ran} files cut short");
    }

    /// <summary>
    /// Drops lines that read as a listing citation: one after a record's one-paragraph abstract makes that paragraph the
    /// title of a record copied without its badge, and the record that loses its abstract is skipped (reported).
    /// </summary>
    private static string WithoutCitationLines(string text) =>
        string.Join('\n', text.Split('\n', '\r').Where(line => !CitationParser.IsCitation(line.Trim())));

    /// <summary>Parses a clean generated file; it must give exactly its records, or the generator (not the reader) is wrong.</summary>
    private static PaperReadResult Read(ReaderFormat format, string text, int count)
    {
        var result = Parse(format, text);
        if (result.Papers.Count != count || result.Papers.Select(p => p.Id).Distinct().Count() != count
            || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new Xunit.Sdk.XunitException($"the clean {format} file gave {ReadResultChecks.Ids(result)} instead of {count} records; "
                + $"diagnostics: {string.Join(" | ", result.Diagnostics)}\ninput: {ReadResultChecks.Preview(text)}");
        }
        return result;
    }

    private static PaperReadResult Parse(ReaderFormat format, string text)
    {
        var result = HangGuard.Run(() => format.ParseText(text), () => $"{format} parsing {ReadResultChecks.Preview(text)}");
        ReadResultChecks.AssertWellFormed(result, text);
        return result;
    }

    /// <summary>A generated file, a record index (or a cut in thousandths), inserted text and a mutation.</summary>
    internal sealed record FileCase(RecordContent[] Records, int At, string Text, Mutation? Mutation = null)
    {
        public override string ToString() => $"{Records.Length} records, at {At}, text '{ReadResultChecks.Preview(Text)}', {Mutation}";
    }
}
