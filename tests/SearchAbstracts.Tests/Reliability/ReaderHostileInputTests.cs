using System.Text;
using FsCheck.Fluent;
using SearchAbstracts.Ingest;
using Xunit.Abstractions;

namespace SearchAbstracts.Tests.Reliability;

/// <summary>
/// Issue 5, section 4 (hostile input), whole files: the five readers' public <c>Parse</c> given arbitrary text,
/// random bytes, real fixtures cut at every offset or with random bytes changed, a 10 MB line, 20,000 records, NUL
/// bytes and text in other encodings. Properties: nothing throws (none of these inputs is an I/O failure, the only
/// documented exception), every case finishes (<see cref="HangGuard"/>), diagnostics stay well formed, and where the
/// input still holds valid records they are all read.
/// </summary>
public sealed class ReaderHostileInputTests(ITestOutputHelper output)
{
    private const int TenMegabytes = 10 * 1024 * 1024;

    public static TheoryData<string> Formats => new(ReaderFormat.All.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_ArbitraryText_NeverThrows(string name)
    {
        var format = ReaderFormat.Named(name);

        var ran = PropertyRun.Check(HostileText.For(format, 60), 300, seed: 401, text => Parse(format, text));

        output.WriteLine($"{name}: {ran} arbitrary texts");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseBytes_RandomBytes_NeverThrows(string name)
    {
        var format = ReaderFormat.Named(name);
        var gen = from length in Gen.Choose(0, 4096)
                  from bytes in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)
                  select new Bytes(bytes);

        var ran = PropertyRun.Check(gen, 200, seed: 402, b => ParseBytes(format, b.Value));

        output.WriteLine($"{name}: {ran} random byte strings");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_FixtureCutAtEveryOffset_NeverThrows(string name)
    {
        var format = ReaderFormat.Named(name);
        var cases = 0;

        foreach (var fixture in format.Fixtures)
        {
            var text = File.ReadAllText(fixture);
            // One guard around the whole file's cuts: a thousand parses of a few KB take milliseconds each.
            cases += HangGuard.Run(() =>
            {
                for (var cut = 0; cut <= text.Length; cut++)
                {
                    var result = format.ParseText(text[..cut]);
                    ReadResultChecks.AssertWellFormed(result, text[..cut]);
                }
                return text.Length + 1;
            }, () => $"{format} parsing every prefix of {fixture}");
        }

        output.WriteLine($"{name}: {cases} prefixes of {format.Fixtures.Count} fixtures");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseBytes_FixtureWithRandomBytesChanged_NeverThrows(string name)
    {
        var format = ReaderFormat.Named(name);
        var fixtures = format.Fixtures.Select(File.ReadAllBytes).ToArray();
        var gen = from file in Gen.Elements(fixtures)
                  from count in Gen.Choose(1, 12)
                  from changes in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, file.Length - 1), Gen.Choose(-1, 255)), count)
                  select new Bytes(Mutate(file, changes));

        var ran = PropertyRun.Check(gen, 200, seed: 403, b => ParseBytes(format, b.Value));

        output.WriteLine($"{name}: {ran} fixtures with bytes changed, inserted or deleted");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_RecordWithATenMegabyteAbstract_ReadsItWhole(string name)
    {
        var format = ReaderFormat.Named(name);
        var big = string.Concat(Enumerable.Repeat("quantization of sparse attention kernels ", (TenMegabytes / 41) + 1)).TrimEnd();
        var records = PropertyRun.Sample(RecordContent.Many(3), 411)[0];
        records[1] = records[1] with { Abstract = big };
        var (text, _) = format.File(records);

        var result = Parse(format, text);

        Assert.Equal(3, result.Papers.Count);
        Assert.True(result.Papers[1].Abstract == big, $"the abstract read has {result.Papers[1].Abstract.Length} characters, not {big.Length}");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_TenMegabyteLineOfJunkBetweenRecords_KeepsTheRecords(string name)
    {
        var format = ReaderFormat.Named(name);
        var junk = PropertyRun.Sample(HostileText.Garbage(format), 412, 50).Aggregate(new StringBuilder(), (b, s) => b.Append(s));
        var line = string.Concat(Enumerable.Repeat(junk.Replace('\n', ' ').Replace('\r', ' ').ToString() + " junk", TenMegabytes / (junk.Length + 5)));
        var records = PropertyRun.Sample(RecordContent.Many(2), 413)[0];
        var (text, ends) = format.File(records);
        var clean = Parse(format, text);

        var result = Parse(format, text.Insert(ends[0], line + "\n"));

        ReadResultChecks.AssertPresent(clean.Papers, [0, 1], result, i => format.AbstractAbsorbsFollowingText && i == 0, "(10 MB line)");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_TwentyThousandRecords_ReadsEveryOne(string name)
    {
        var format = ReaderFormat.Named(name);
        var template = PropertyRun.Sample(RecordContent.One(0), 414)[0];
        var records = Enumerable.Range(0, 20_000)
            .Select(i => template with { Key = $"key{i}", Title = $"{template.Title} {i}", FirstPage = 100 + i, LastPage = 200 + i })
            .ToList();
        var (text, _) = format.File(records);

        var result = Parse(format, text);

        Assert.Equal(20_000, result.Papers.Count);
        Assert.Equal(20_000, result.Papers.Select(p => p.Id).Distinct().Count());
        output.WriteLine($"{name}: 20,000 records, {text.Length / 1024} KB");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_TwentyThousandCopiesOfOneRecord_ReadsItWithoutThrowing(string name)
    {
        var format = ReaderFormat.Named(name);
        var record = format.Write(PropertyRun.Sample(RecordContent.One(0), 415)[0]);
        var text = format.Header + string.Concat(Enumerable.Repeat(record, 20_000));

        var result = Parse(format, text);

        Assert.NotEmpty(result.Papers);
        Assert.Single(result.Papers.Select(p => p.Id).Distinct());
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseBytes_NulBetweenRecords_ReportsABinaryFileAndKeepsWhatCameBefore(string name)
    {
        var format = ReaderFormat.Named(name);
        var (text, ends, clean) = ThreeRecords(format);
        var bytes = Spliced(text, ends[0], [0x00, 0x00, (byte)'\n']);
        var nulLine = text[..ends[0]].Count(c => c == '\n') + 1;

        var result = ParseBytes(format, bytes);

        // A NUL byte means a binary file: the text readers refuse the whole file, JSON Lines keeps the lines before it.
        Assert.True(result.Unreadable);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains($"NUL byte at line {nulLine}", error.Message, StringComparison.Ordinal);
        ReadResultChecks.AssertPresent(clean.Papers, format.Name == "jsonl" ? [0] : [], result, _ => false, text);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseBytes_Latin1LineBetweenRecords_KeepsEveryRecord(string name)
    {
        var format = ReaderFormat.Named(name);
        var (text, ends, clean) = ThreeRecords(format);
        var latin1 = Encoding.Latin1.GetBytes("Résumé des données: Zürich, São Paulo, ½ µs\n");

        var result = ParseBytes(format, Spliced(text, ends[0], latin1));

        ReadResultChecks.AssertPresent(clean.Papers, [0, 1, 2], result, i => format.AbstractAbsorbsFollowingText && i == 0, text);
        // ReadFile's strict decoder refuses such a file, naming the first bad byte and its line.
        var line = text[..ends[0]].Count(c => c == '\n') + 1;
        Assert.Null(ListingDecoder.Decode(Spliced(text, ends[0], latin1), out var problem));
        Assert.Contains($"invalid byte 0xE9 at line {line}", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ParseBytes_Utf16TextBetweenRecords_IsReportedNotThrown(string name)
    {
        var format = ReaderFormat.Named(name);
        var (text, ends, clean) = ThreeRecords(format);
        var utf16 = Encoding.Unicode.GetBytes("Zürich 量子化\n");

        var result = ParseBytes(format, Spliced(text, ends[0], utf16));

        // UTF-16 holds NUL bytes for every ASCII letter, so this reads as binary data from that line on.
        Assert.True(result.Unreadable);
        Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("NUL byte", StringComparison.Ordinal));
        ReadResultChecks.AssertPresent(clean.Papers, format.Name == "jsonl" ? [0] : [], result, _ => false, text);
    }

    private static (string Text, int[] Ends, PaperReadResult Clean) ThreeRecords(ReaderFormat format)
    {
        var (text, ends) = format.File(PropertyRun.Sample(RecordContent.Many(3), 416)[0]);
        var clean = Parse(format, text);
        Assert.Equal(3, clean.Papers.Count);
        return (text, ends, clean);
    }

    private static byte[] Spliced(string text, int at, byte[] insert) =>
        [.. Encoding.UTF8.GetBytes(text[..at]), .. insert, .. Encoding.UTF8.GetBytes(text[at..])];

    /// <summary>Applies (position, byte) changes: a byte overwrites, -1 deletes, and an even position inserts instead.</summary>
    private static byte[] Mutate(byte[] file, (int Position, int Value)[] changes)
    {
        var bytes = file.ToList();
        foreach (var (position, value) in changes.OrderByDescending(c => c.Position))
        {
            var at = Math.Min(position, bytes.Count - 1);
            if (at < 0)
                break;
            if (value < 0)
                bytes.RemoveAt(at);
            else if (position % 2 == 0)
                bytes.Insert(at, (byte)value);
            else
                bytes[at] = (byte)value;
        }
        return [.. bytes];
    }

    private static PaperReadResult Parse(ReaderFormat format, string text)
    {
        var result = HangGuard.Run(() => format.ParseText(text), () => $"{format} parsing {ReadResultChecks.Preview(text)}");
        ReadResultChecks.AssertWellFormed(result, text);
        return result;
    }

    private static PaperReadResult ParseBytes(ReaderFormat format, byte[] bytes)
    {
        var shown = ReadResultChecks.Preview(Encoding.Latin1.GetString(bytes));
        var result = HangGuard.Run(() => format.ParseBytes(bytes), () => $"{format} parsing bytes {shown}");
        ReadResultChecks.AssertWellFormed(result, shown);
        return result;
    }

    /// <summary>Bytes shown in a failure as Latin-1 text, so every byte is visible.</summary>
    internal sealed record Bytes(byte[] Value)
    {
        public override string ToString() => $"{Value.Length} bytes: {ReadResultChecks.Preview(Encoding.Latin1.GetString(Value))}";
    }
}
