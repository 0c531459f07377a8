using System.Globalization;
using System.Text;
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
/// <item>A file of N records with one corrupted (a span deleted, text inserted, characters replaced, the record cut short;
/// or, line by line, a line or two deleted, doubled, garbled, cut, or lines put in between) still yields at least N−1 of
/// them, every one but the corrupted one unchanged. One known exception costs one more record: in CSV a quote added or
/// removed may join the next row. In a listing, the record before the corrupted one may gain text at the end of its
/// abstract (nothing marks where an abstract ends), but never a line of the corrupted record; and a corrupted listing
/// record that is not read is reported by a diagnostic inside it, unless nothing of it is left to recognise.</item>
/// <item>A listing with the blank lines between records (and between header and abstract) removed reads the same.</item>
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

        var lineLevel = 0;
        var ran = PropertyRun.Check(gen, Cases * 2, seed: 502, c =>
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
            var others = Enumerable.Range(0, c.Records.Length)
                .Where(i => i != c.At && !(joinsNext && i == c.At + 1))
                .ToList();
            ReadResultChecks.AssertPresent(clean.Papers, others, result,
                i => format.AbstractAbsorbsFollowingText && i == c.At - 1, damaged);
            if (format.AbstractAbsorbsFollowingText)
            {
                var first = damaged[..start].Count(ch => ch == '\n') + 1;
                var last = first + (corrupted + record[body.Length..]).Count(ch => ch == '\n');
                AssertListingDamageContained(clean.Papers, c.At, ListingMarkers(c.Records[c.At], corrupted), result, (first, last), damaged);
            }
            lineLevel += c.Mutation.IsLineLevel ? 1 : 0;
        });

        output.WriteLine($"{name}: {ran} files with one corrupted record ({lineLevel} damaged line by line)");
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

    [Fact]
    public void Parse_ListingWithoutBlankLines_ReadsEveryRecordUnchanged()
    {
        var format = ReaderFormat.Named("listing");
        var gen = from count in Gen.Choose(2, 6)
                  from records in RecordContent.Many(count)
                  from mask in Gen.Choose(1, (1 << count) - 1)
                  from inside in Gen.Elements(true, false)
                  select (records, mask, inside);

        var ran = PropertyRun.Check(gen, Cases, seed: 504, c =>
        {
            var (text, ends) = format.File(c.records);
            var clean = Read(format, text, c.records.Length);
            // Each record chosen by the mask loses the blank lines after it (so the next record's badge follows its abstract
            // directly); with `inside`, the blank line between its header and its abstract goes too.
            var glued = new StringBuilder(text[..format.Header.Length]);
            for (var i = 0; i < c.records.Length; i++)
            {
                var record = text[(i == 0 ? format.Header.Length : ends[i - 1])..ends[i]];
                if ((c.mask & (1 << i)) != 0)
                {
                    record = string.Join('\n', record.Split('\n').Where((line, j) => line.Length > 0 || (!c.inside && j < 7))) + "\n";
                }
                glued.Append(record);
            }
            var damaged = glued.ToString();

            var result = Parse(format, damaged);

            ReadResultChecks.AssertPresent(clean.Papers, Enumerable.Range(0, c.records.Length), result, _ => false, damaged);
            Assert.True(result.Diagnostics.Count == 0, $"diagnostics for a listing without blank lines: {string.Join(" | ", result.Diagnostics)}");
        });

        output.WriteLine($"listing: {ran} files with blank lines removed");
    }

    /// <summary>Lines of a generated listing record that only it holds: title, citation, download count, abstract.</summary>
    private static string[] ListingMarkers(RecordContent r, string corrupted)
    {
        var lines = corrupted.Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        string[] markers =
        [
            r.Title, string.Create(CultureInfo.InvariantCulture, $"{r.Venue} {r.Year}, {r.Volume}({r.Issue}): {r.FirstPage}-{r.LastPage}"),
            string.Create(CultureInfo.InvariantCulture, $"Downloads:{r.FirstPage}"), r.Abstract,
        ];
        // Only what survived the corruption whole can be recognised, or wrongly handed to a neighbour.
        return markers.Where(lines.Contains).ToArray();
    }

    /// <summary>
    /// The listing-specific half of "one corrupted record costs at most that record": no surviving line of record
    /// <paramref name="at"/> ends up in the abstract of the record before it (the defect of a record that lost its badge
    /// and title, or was cut after its title); and when record <paramref name="at"/> is not read, a diagnostic inside
    /// <paramref name="span"/> says so, unless nothing of it survived.
    /// </summary>
    private static void AssertListingDamageContained(IReadOnlyList<Paper> clean, int at, string[] markers, PaperReadResult result,
        (int First, int Last) span, string input)
    {
        if (at > 0 && result.Papers.FirstOrDefault(p => p.Id == clean[at - 1].Id) is { } previous)
        {
            var gained = previous.Abstract[clean[at - 1].Abstract.Length..];
            var leaked = markers.FirstOrDefault(m => gained.Contains(m, StringComparison.Ordinal));
            Assert.True(leaked is null, $"record {at - 1} took \"{ReadResultChecks.Preview(leaked ?? "")}\" of the corrupted record {at} into its abstract\n"
                + $"input: {ReadResultChecks.Preview(input)}");
        }
        var known = clean.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var readSomehow = result.Papers.Any(p => p.Id == clean[at].Id || !known.Contains(p.Id));
        var reported = result.Diagnostics.Any(d => d.Line >= span.First && d.Line <= span.Last);
        Assert.True(readSomehow || reported || markers.Length == 0,
            $"the corrupted record {at} (lines {span.First}-{span.Last}) was lost without a diagnostic inside it; diagnostics: "
            + $"{string.Join(" | ", result.Diagnostics)}\ninput: {ReadResultChecks.Preview(input)}");
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
