using SearchAbstracts.Ingest;
using SearchAbstracts.Tests.Reliability;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>
/// Issue 5: one damaged record in a listing costs that record and no other. Each case takes the seed listing, damages
/// record k in one way (a line dropped, garbled or added, the record cut short, the blank line before it removed) and
/// checks:
/// <list type="number">
/// <item>every other record is read, with every field equal to the clean reading (itself pinned field by field by
/// <c>Golden/seed.golden.json</c>, see <see cref="SeedListingTests"/>);</item>
/// <item>record k is skipped with exactly one error, or read with exactly one warning, at a line inside record k as it
/// now stands in the file, or read unchanged when nothing in it was lost;</item>
/// <item>no diagnostic points anywhere else.</item>
/// </list>
/// Regression tests for a defect of the record-start heuristic: a record that lost its badge and title took the
/// previous record's abstract as its title, and a record cut short after its title vanished into the previous abstract.
/// </summary>
public sealed class ListingDamageTests
{
    private const string FileName = "damaged.txt";
    private const string Garbage = "#### 0x1F garbled §§ text ####";

    private static readonly string[] SeedLines = File.ReadAllText(Path.Combine(TestPaths.Seeds, "000_cd395cd007ccf16b.txt"))
        .Split('\n');

    /// <summary>The index of each record's first (badge) line, then of the <c>Total</c> line that ends the last record.</summary>
    private static readonly int[] Starts = FindStarts();

    private static readonly IReadOnlyList<Paper> Clean = ReadClean();

    /// <summary>The ways of damaging a record: what is done to its lines (badge first, trailing blank line last), and what must follow.</summary>
    private static readonly Dictionary<string, (Func<List<string>, List<string>> Damage, Expect Expect)> Damages = new(StringComparer.Ordinal)
    {
        ["drop citation"] = (r => Without(r, Citation), Expect.Skipped),
        ["drop title"] = (r => Without(r, Title), Expect.Skipped),
        ["drop badge and title"] = (r => Without(r, Badge, Title), Expect.Skipped),
        ["drop badge"] = (r => Without(r, Badge), Expect.ReadWithoutBadge),
        ["drop date"] = (r => Without(r, Date), Expect.ReadWithoutDate),
        ["garble date"] = (r => Replace(r, Date, r[Date].Replace(r[Date].Split(' ')[2], "Smarch", StringComparison.Ordinal)), Expect.Skipped),
        ["garble date label"] = (r => Replace(r, Date, r[Date].Replace("Published", "Pub1ished", StringComparison.Ordinal)), Expect.Skipped),
        ["garble citation"] = (r => Replace(r, Citation, r[Citation].Replace(", ", " ; ", StringComparison.Ordinal)), Expect.Skipped),
        ["garble badge"] = (r => Replace(r, Badge, r[Badge].Replace("Issue", "Iss#ue", StringComparison.Ordinal)), Expect.Skipped),
        ["garbage after badge"] = (r => Insert(r, Title, Garbage), Expect.Skipped),
        ["garbage after title"] = (r => Insert(r, Citation, Garbage), Expect.Skipped),
        ["garbage after citation"] = (r => Insert(r, Date, Garbage), Expect.Skipped),
        ["garbage after date"] = (r => Insert(r, Date + 1, Garbage), Expect.Skipped),
        ["three garbage lines after title"] = (r => Insert(r, Citation, "@@@", "Lorem ipsum dolor sit amet, consectetur", "0x0000"), Expect.Skipped),
        ["cut after badge"] = (r => Cut(r, Title, 0), Expect.Skipped),
        ["cut in title"] = (r => Cut(r, Title, r[Title].Length / 2), Expect.Skipped),
        ["cut after title"] = (r => Cut(r, Citation, 0), Expect.Skipped),
        ["cut in citation"] = (r => Cut(r, Citation, r[Citation].Length / 2), Expect.Skipped),
        ["cut after citation"] = (r => Cut(r, Date, 0), Expect.Skipped),
        ["cut in date"] = (r => Cut(r, Date, r[Date].Length / 2), Expect.Skipped),
        ["cut after date"] = (r => Cut(r, Date + 1, 0), Expect.Skipped),
        ["cut in abstract"] = (r => Cut(r, AbstractLine(r), r[AbstractLine(r)].Length / 2), Expect.AbstractCut),
        ["no blank line before abstract"] = (r => Without(r, AbstractLine(r) - 1), Expect.ReadUnchanged),
    };

    public static TheoryData<int, string> Cases
    {
        get
        {
            var cases = new TheoryData<int, string>();
            for (var k = 0; k < Starts.Length - 1; k++)
            {
                foreach (var name in Damages.Keys)
                {
                    cases.Add(k, name);
                }
            }
            return cases;
        }
    }

    public static TheoryData<int> Records => new(Enumerable.Range(0, Starts.Length - 1));

    /// <summary>What record k must come to.</summary>
    public enum Expect
    {
        /// <summary>Not read; one error inside it.</summary>
        Skipped,

        /// <summary>Read as a record copied without its article-type line (research, not open access); one warning inside it.</summary>
        ReadWithoutBadge,

        /// <summary>Read without a publication date; one warning inside it.</summary>
        ReadWithoutDate,

        /// <summary>Read with every field as in the clean file, and nothing reported.</summary>
        ReadUnchanged,

        /// <summary>
        /// Cut inside the abstract: nothing marks where an abstract ends, so the record is read with the part of its
        /// abstract that is left (or skipped with one error inside it).
        /// </summary>
        AbstractCut,
    }

    [Fact]
    public void Seed_HasEightRecordsOfTheExpectedShape()
    {
        // Guards the line positions the damages use (Badge, Title, Citation, Date): if the seed changes, the cases must too.
        Assert.Equal(8, Clean.Count);
        for (var k = 0; k < Clean.Count; k++)
        {
            var record = RecordLines(k);
            Assert.EndsWith("Issue", record[Badge], StringComparison.Ordinal);
            Assert.Equal(Clean[k].Title, record[Title]);
            Assert.True(CitationParser.IsCitation(record[Citation]), record[Citation]);
            Assert.StartsWith("Published: ", record[Date], StringComparison.Ordinal);
            Assert.Equal("", record[^1]);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Parse_OneRecordDamaged_CostsOnlyThatRecord(int k, string damage)
    {
        var (apply, expect) = Damages[damage];
        var damaged = apply(RecordLines(k));
        var lines = SeedLines[..Starts[k]].Concat(damaged).Concat(SeedLines[Starts[k + 1]..]).ToArray();
        var text = string.Join('\n', lines);
        // Record k now spans these 1-based lines; the cut cases leave it without its trailing blank line.
        var (first, last) = (Starts[k] + 1, Starts[k] + damaged.Count);

        var result = ListingReader.Parse(text, FileName);

        AssertOthersExact(result, k, text);
        AssertRecordOutcome(result, k, expect, first, last, text);
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void Parse_NoBlankLineBeforeARecord_ReadsEveryRecordUnchanged(int k)
    {
        // The line before record k is the blank line that ends record k-1 (or the Sort: line above the first record).
        var lines = SeedLines.Where((line, i) => !(i == Starts[k] - 1 && line.Length == 0)).ToArray();
        var text = string.Join('\n', lines);

        var result = ListingReader.Parse(text, FileName);

        Assert.Empty(result.Diagnostics);
        AssertOthersExact(result, -1, text);
    }

    [Fact]
    public void Parse_NoBlankLinesAtAll_ReadsEveryRecordUnchanged()
    {
        var text = string.Join('\n', SeedLines.Where(line => line.Length > 0));

        var result = ListingReader.Parse(text, FileName);

        Assert.Empty(result.Diagnostics);
        AssertOthersExact(result, -1, text);
    }

    [Fact]
    public void Parse_RecordLostItsBadgeAndTitle_ReportsItAndKeepsThePreviousAbstract()
    {
        // The defect this file was written for: the citation left behind made the previous record's one-paragraph abstract
        // read as the title of a record copied without its badge, so the previous record lost its abstract and was skipped.
        var text = string.Join('\n', SeedLines[..Starts[3]].Concat(Without(RecordLines(3), Badge, Title)).Concat(SeedLines[Starts[4]..]));

        var result = ListingReader.Parse(text, FileName);

        Assert.Equal(Clean.Where((_, i) => i != 3).Select(p => p.Id), result.Papers.Select(p => p.Id));
        Assert.Equal(Clean[2].Abstract, result.Papers[2].Abstract);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, Starts[3] + 1), (error.Severity, error.Line));
        Assert.Equal(
            "record \"Tsinghua Science and Technology 2025, 30(6): 2638-2652\" has no title: nothing above its citation "
            + "line reads as a title or an article-type line; record skipped",
            error.Message);
    }

    [Fact]
    public void Parse_RecordCutAfterItsTitle_ReportsItAndKeepsThePreviousAbstract()
    {
        // The other defect: the badge and title left behind were not taken for a record start, so they joined the previous
        // abstract as two more paragraphs and the cut record vanished without a word.
        var text = string.Join('\n', SeedLines[..Starts[5]].Concat(Cut(RecordLines(5), Citation, 0)).Concat(SeedLines[Starts[6]..]));

        var result = ListingReader.Parse(text, FileName);

        Assert.Equal(Clean.Where((_, i) => i != 5).Select(p => p.Id), result.Papers.Select(p => p.Id));
        Assert.Equal(Clean[4].Abstract, result.Papers[4].Abstract);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Error, Starts[5] + 1), (error.Severity, error.Line));
        Assert.Equal(
            $"record \"{Clean[5].Title}\" ends after its title: line {Starts[5] + 3} (\"Issue\") starts the next record (cut short?); "
            + "record skipped",
            error.Message);
    }

    [Theory]
    [InlineData("garble badge", Badge, "has an unreadable line \"Perspective Iss#ue\" above its title (expected an article-type line such as \"Open Access Issue\")")]
    [InlineData("garble date label", Date, "has an unreadable line \"Pub1ished: 28 February 2023\" among its header lines (expected \"Published: …\", \"Abstract … Collect\" or \"Downloads: N\")")]
    public void Parse_GarbledHeaderLine_NamesTheLine(string damage, int line, string problem)
    {
        var text = string.Join('\n', SeedLines[..Starts[5]].Concat(Damages[damage].Damage(RecordLines(5))).Concat(SeedLines[Starts[6]..]));

        var error = Assert.Single(ListingReader.Parse(text, FileName).Diagnostics);

        Assert.Equal((DiagnosticSeverity.Error, Starts[5] + 1 + line), (error.Severity, error.Line));
        Assert.Equal($"record \"{Clean[5].Title}\" {problem}; record skipped", error.Message);
    }

    private const int Badge = 0;
    private const int Title = 1;
    private const int Citation = 2;
    private const int Date = 3;

    /// <summary>The first line of the abstract: the first line with text after the first blank line.</summary>
    private static int AbstractLine(List<string> record) => record.FindIndex(record.IndexOf("") + 1, line => line.Length > 0);

    private static List<string> Without(List<string> record, params int[] lines) =>
        record.Where((_, i) => !lines.Contains(i)).ToList();

    private static List<string> Replace(List<string> record, int line, string text)
    {
        Assert.NotEqual(record[line], text);
        return record.Select((l, i) => i == line ? text : l).ToList();
    }

    private static List<string> Insert(List<string> record, int at, params string[] lines)
    {
        var copy = record.ToList();
        copy.InsertRange(at, lines);
        return copy;
    }

    /// <summary>The record up to character <paramref name="chars"/> of line <paramref name="line"/>; the next record follows on the next line.</summary>
    private static List<string> Cut(List<string> record, int line, int chars)
    {
        var kept = record.Take(line).ToList();
        if (chars > 0)
        {
            kept.Add(record[line][..chars]);
        }
        return kept;
    }

    private static List<string> RecordLines(int k) => SeedLines[Starts[k]..Starts[k + 1]].ToList();

    private static void AssertOthersExact(PaperReadResult result, int k, string text)
    {
        for (var i = 0; i < Clean.Count; i++)
        {
            if (i == k)
            {
                continue;
            }
            var got = result.Papers.Where(p => p.Id == Clean[i].Id).ToList();
            Assert.True(got.Count == 1, $"record {i} ({Clean[i].Id}) read {got.Count} times; {Describe(result, text)}");
            var difference = ReadResultChecks.Difference(Clean[i], got[0]);
            Assert.True(difference is null, $"record {i} changed: {difference}; {Describe(result, text)}");
        }
        var others = Clean.Where((_, i) => i != k).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var extra = result.Papers.Where(p => !others.Contains(p.Id) && (k < 0 || p.Id != Clean[k].Id)).ToList();
        Assert.True(extra.Count == 0, $"papers that are no record of the file: {string.Join(", ", extra.Select(p => p.Id))}; {Describe(result, text)}");
    }

    private static void AssertRecordOutcome(PaperReadResult result, int k, Expect expect, int first, int last, string text)
    {
        var read = result.Papers.SingleOrDefault(p => p.Id == Clean[k].Id);
        var outside = result.Diagnostics.Where(d => d.Line < first || d.Line > last).ToList();
        Assert.True(outside.Count == 0, $"diagnostics outside record {k} (lines {first}-{last}); {Describe(result, text)}");
        Assert.All(result.Diagnostics, d => Assert.Equal(FileName, d.File));
        switch (expect)
        {
            case Expect.Skipped:
            case Expect.AbstractCut when read is null:
                Assert.True(read is null, $"record {k} was read; {Describe(result, text)}");
                var error = Assert.Single(result.Diagnostics);
                Assert.Equal(DiagnosticSeverity.Error, error.Severity);
                Assert.EndsWith("; record skipped", error.Message, StringComparison.Ordinal);
                Assert.Equal(1, result.Skipped);
                break;
            case Expect.AbstractCut:
                Assert.Empty(result.Diagnostics);
                Assert.StartsWith(read.Abstract, Clean[k].Abstract, StringComparison.Ordinal);
                Assert.Null(ReadResultChecks.Difference(Clean[k], read with { Abstract = Clean[k].Abstract }));
                break;
            case Expect.ReadUnchanged:
                Assert.Empty(result.Diagnostics);
                Assert.True(read is not null, $"record {k} was not read; {Describe(result, text)}");
                Assert.Null(ReadResultChecks.Difference(Clean[k], read));
                break;
            default:
                Assert.True(read is not null, $"record {k} was not read; {Describe(result, text)}");
                var warning = Assert.Single(result.Diagnostics);
                Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
                var want = expect == Expect.ReadWithoutBadge
                    ? Clean[k] with { ArticleType = "research", OpenAccess = false }
                    : Clean[k] with { Published = null };
                Assert.Null(ReadResultChecks.Difference(want, read));
                break;
        }
    }

    private static string Describe(PaperReadResult result, string text) =>
        $"read [{string.Join(", ", result.Papers.Select(p => p.Id))}], diagnostics:\n  {string.Join("\n  ", result.Diagnostics)}\n"
        + $"input:\n{string.Join('\n', text.Split('\n').Select((l, i) => $"{i + 1,3} {(l.Length > 90 ? l[..90] + "…" : l)}"))}";

    private static int[] FindStarts()
    {
        var starts = new List<int>();
        for (var i = 0; i + 1 < SeedLines.Length; i++)
        {
            if (ArticleTypeParser.IsTypeLine(SeedLines[i]) && (i == 0 || SeedLines[i - 1].Length == 0 || SeedLines[i - 1] == "Sort:"))
            {
                starts.Add(i);
            }
        }
        starts.Add(Array.FindIndex(SeedLines, line => line.StartsWith("Total ", StringComparison.Ordinal)));
        return [.. starts];
    }

    private static IReadOnlyList<Paper> ReadClean()
    {
        var result = ListingReader.Parse(string.Join('\n', SeedLines), FileName);
        Assert.Empty(result.Diagnostics);
        return result.Papers;
    }
}
