using System.IO.Compression;
using System.Text;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Whole-file matters of JSON Lines: gzip, encodings, line endings, empty and missing files.</summary>
public sealed class JsonLinesReaderFileTests : IDisposable
{
    private const string Record = "{\"_id\": \"1\", \"title\": \"Gradient noise in small batches\", \"text\": \"Smaller batches add noise.\", \"metadata\": {}}";
    private const string Fix = "save it as UTF-8 and index it again";

    private readonly string _temp = Path.Combine(Path.GetTempPath(), "jsonl-tests-" + Guid.NewGuid().ToString("N"));

    public JsonLinesReaderFileTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ReadFile_GzipFile_ReadsTheSameRecordsAsThePlainFile()
    {
        var plain = TestPaths.Fixture(Path.Combine("jsonl", "arxiv.jsonl"));
        var path = Path.Combine(_temp, "arxiv.jsonl.gz");
        WriteGzip(path, File.ReadAllBytes(plain));

        var result = JsonLinesReader.ReadFile(path);

        Assert.Empty(result.Diagnostics);
        var expected = JsonLinesReader.ReadFile(plain).Papers.Select(p => (p.Id, p.Title, p.Abstract, p.Published));
        Assert.Equal(expected, result.Papers.Select(p => (p.Id, p.Title, p.Abstract, p.Published)));
        Assert.All(result.Papers, p => Assert.Equal(path, p.Source));
    }

    [Fact]
    public void ReadFile_LargeGzipFile_ReadsEveryLineAcrossBlocks()
    {
        // Enough data for several read-ahead blocks and lines longer than the line reader's first buffer.
        var longText = new string('x', 100_000);
        var lines = Enumerable.Range(1, 300).Select(i => $"{{\"_id\": \"{i}\", \"title\": \"Paper {i}\", \"text\": \"{longText}{i}\"}}");
        var path = Path.Combine(_temp, "big.jsonl.gz");
        WriteGzip(path, Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        var result = JsonLinesReader.ReadFile(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(300, result.Papers.Count);
        Assert.Equal(("300", longText + "300"), (result.Papers[^1].Id, result.Papers[^1].Abstract));
    }

    [Fact]
    public void ReadFile_GzNameButPlainText_IsUnreadableAndSaysItIsNotCompressed()
    {
        var path = Write("corpus.jsonl.gz", Encoding.UTF8.GetBytes(Record + "\n"));

        AssertUnreadable(JsonLinesReader.ReadFile(path), path,
            "not gzip-compressed although its name ends in .gz; compress it with gzip or drop the .gz from its name");
    }

    [Fact]
    public void ReadFile_TruncatedGzip_ReadsWhatIsThereAndWarnsThatTheFileLooksCut()
    {
        var path = Path.Combine(_temp, "cut.jsonl.gz");
        var lines = Enumerable.Range(1, 2000).Select(i => Record.Replace("\"1\"", $"\"{i}\"", StringComparison.Ordinal));
        var content = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        WriteGzip(path, content);
        var bytes = File.ReadAllBytes(path);
        // GZipStream itself ends quietly at the cut, as after a partial download.
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = JsonLinesReader.ReadFile(path);

        Assert.False(result.Unreadable);
        Assert.InRange(result.Papers.Count, 1, 1999);
        var warning = result.Diagnostics[^1];
        Assert.Equal((path, 0, DiagnosticSeverity.Warning), (warning.File, warning.Line, warning.Severity));
        Assert.StartsWith($"the gzip file looks truncated: it records {BitConverter.ToUInt32(bytes, bytes.Length / 2 - 4)} bytes of content but ", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_DamagedGzipData_IsUnreadableAndSaysSo()
    {
        var path = Path.Combine(_temp, "damaged.jsonl.gz");
        WriteGzip(path, Encoding.UTF8.GetBytes(Record + "\n"));
        var bytes = File.ReadAllBytes(path);
        // The third header byte names the compression method; 8 (deflate) is the only one there is.
        bytes[2] = 7;
        File.WriteAllBytes(path, bytes);

        var result = JsonLinesReader.ReadFile(path);

        Assert.True(result.Unreadable);
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("the gzip data is damaged (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); download or compress the file again", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_Latin1Line_SkipsThatLineWithTheBadByteAndKeepsTheRest()
    {
        var path = Write("latin1.jsonl", [.. Encoding.UTF8.GetBytes(Record + "\n\n{\"_id\": \"2\", \"title\": \"Caf"), 0xE9, .. "\"}\n"u8,
            .. Encoding.UTF8.GetBytes(Record.Replace("\"_id\": \"1\"", "\"_id\": \"3\"", StringComparison.Ordinal) + "\n")]);

        var result = JsonLinesReader.ReadFile(path);

        Assert.False(result.Unreadable);
        Assert.Equal(["1", "3"], result.Papers.Select(p => p.Id));
        Assert.Equal(1, result.Skipped);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal($"{path}:3: error: not UTF-8 text (invalid byte 0xE9 at line 3); {Fix}; line skipped", error.ToString());
    }

    [Fact]
    public void ReadFile_EveryLineLatin1_IsUnreadable()
    {
        var path = Write("all-latin1.jsonl", [.. "{\"_id\": \"2\", \"title\": \"Caf"u8, 0xE9, .. "\"}\n"u8]);

        var result = JsonLinesReader.ReadFile(path);

        Assert.True(result.Unreadable);
        Assert.Empty(result.Papers);
    }

    [Fact]
    public void ReadFile_Utf16File_IsUnreadableAndNamesTheEncoding()
    {
        var path = Write("utf16.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Record)]);

        AssertUnreadable(JsonLinesReader.ReadFile(path), path,
            $"not UTF-8 text (it is UTF-16, which starts with a 0xFF 0xFE byte-order mark); {Fix}");
    }

    [Fact]
    public void ReadFile_BinaryFile_IsUnreadableAndSaysSo()
    {
        var path = Write("archive.jsonl", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);

        AssertUnreadable(JsonLinesReader.ReadFile(path), path, $"not UTF-8 text (NUL byte at line 1, so probably a binary file); {Fix}");
    }

    [Fact]
    public void ReadFile_BomAndCrlfLineEndings_AreAccepted()
    {
        var path = Write("windows.jsonl", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Record + "\r\n\r\n" + Record.Replace("\"1\"", "\"2\"", StringComparison.Ordinal) + "\r\n")]);

        var result = JsonLinesReader.ReadFile(path);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["1", "2"], result.Papers.Select(p => p.Id));
        Assert.Equal("Smaller batches add noise.", result.Papers[1].Abstract);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n\t\r\n")]
    public void ReadFile_NoRecords_ReportsContainsNoRecordsButIsNotUnreadable(string content)
    {
        var path = Write("empty.jsonl", Encoding.UTF8.GetBytes(content));

        var result = JsonLinesReader.ReadFile(path);

        Assert.False(result.Unreadable);
        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((path, 0, DiagnosticSeverity.Error), (error.File, error.Line, error.Severity));
        Assert.StartsWith("contains no records (expected one JSON object per line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadableAndKeepsThePathAsGiven()
    {
        const string path = "no-such-folder/corpus.jsonl.gz";

        AssertUnreadable(JsonLinesReader.ReadFile(path), path, "cannot read the file: its folder does not exist; check the path");
    }

    [Fact]
    public void ReadFile_Folder_IsUnreadableAndSaysItIsAFolder()
    {
        AssertUnreadable(JsonLinesReader.ReadFile(_temp), _temp, "cannot read the file: it is a folder, not a JSON Lines file");
    }

    [Fact]
    public void Parse_LastLineWithoutNewline_IsRead()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Record + "\n" + Record.Replace("\"1\"", "\"2\"", StringComparison.Ordinal)));

        var result = JsonLinesReader.Parse(stream, "stdin");

        Assert.Equal(["1", "2"], result.Papers.Select(p => p.Id));
        Assert.All(result.Papers, p => Assert.Equal("stdin", p.Source));
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void WriteGzip(string path, byte[] content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(content);
    }

    private static void AssertUnreadable(PaperReadResult result, string path, string message)
    {
        Assert.True(result.Unreadable);
        Assert.Empty(result.Papers);
        Assert.Equal(0, result.Skipped);
        Assert.Equal(new Diagnostic(path, 0, DiagnosticSeverity.Error, message), Assert.Single(result.Diagnostics));
    }
}
