using System.Text;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Whole-file problems: encodings, binary data, empty listings and files that cannot be opened.</summary>
public sealed class ListingReaderFileTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "listing-tests-" + Guid.NewGuid().ToString("N"));

    public ListingReaderFileTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void ReadFile_Latin1File_IsUnreadableWithTheBadByteAndLine()
    {
        var path = TestPaths.Fixture("latin1.txt");

        var result = ListingReader.ReadFile(path);

        AssertUnreadable(result, path, "not UTF-8 text (invalid byte 0xE9 at line 3); save it as UTF-8 and index it again");
    }

    [Fact]
    public void ReadFile_BinaryFile_IsUnreadableAndSaysSo()
    {
        var path = Write("scan.txt", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);

        var result = ListingReader.ReadFile(path);

        AssertUnreadable(result, path, "not UTF-8 text (NUL byte at line 3, so probably a binary file); save it as UTF-8 and index it again");
    }

    [Fact]
    public void ReadFile_Utf16File_IsUnreadableAndNamesTheEncoding()
    {
        var path = Write("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Sort:\nIssue\n")]);

        var result = ListingReader.ReadFile(path);

        AssertUnreadable(result, path, "not UTF-8 text (it is UTF-16, which starts with a 0xFF 0xFE byte-order mark); save it as UTF-8 and index it again");
    }

    [Fact]
    public void ReadFile_InvalidByteAfterValidText_CountsLinesInTheValidPart()
    {
        var path = Write("cut.txt", [.. Encoding.UTF8.GetBytes("Sort:\r\n×\r\n\r\n"), 0xC3]);

        var result = ListingReader.ReadFile(path);

        AssertUnreadable(result, path, "not UTF-8 text (invalid byte 0xC3 at line 4); save it as UTF-8 and index it again");
    }

    [Fact]
    public void Parse_TextWithNulCharacter_IsUnreadable()
    {
        var result = ListingReader.Parse("Sort:\nIssue\0\n", "pasted.txt");

        AssertUnreadable(result, "pasted.txt", "not UTF-8 text (NUL byte at line 2, so probably a binary file); save it as UTF-8 and index it again");
    }

    [Theory]
    [InlineData("empty.txt")]
    [InlineData("whitespace-only.txt")]
    [InlineData("sort-and-total-only.txt")]
    public void ReadFile_ListingWithoutRecords_ReportsNoRecordsButIsNotUnreadable(string fixture)
    {
        var path = TestPaths.Fixture(fixture);

        var result = ListingReader.ReadFile(path);

        Assert.False(result.Unreadable);
        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((path, 0, DiagnosticSeverity.Error), (error.File, error.Line, error.Severity));
        Assert.StartsWith("contains no records", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MissingFile_IsUnreadableAndKeepsThePathAsGiven()
    {
        const string path = "no-such-folder/listing.txt";

        var result = ListingReader.ReadFile(path);

        AssertUnreadable(result, path, "cannot read the file: its folder does not exist; check the path");
        Assert.Equal("no-such-folder/listing.txt: error: cannot read the file: its folder does not exist; check the path", result.Diagnostics[0].ToString());
    }

    [Fact]
    public void ReadFile_MissingFileInExistingFolder_SaysNoSuchFile()
    {
        var path = Path.Combine(_temp, "missing.txt");

        AssertUnreadable(ListingReader.ReadFile(path), path, "cannot read the file: no such file; check the path");
    }

    [Fact]
    public void ReadFile_Folder_IsUnreadableAndSaysItIsAFolder()
    {
        AssertUnreadable(ListingReader.ReadFile(_temp), _temp, "cannot read the file: it is a folder, not a listing file");
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertUnreadable(PaperReadResult result, string path, string message)
    {
        Assert.True(result.Unreadable);
        Assert.Empty(result.Papers);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(new Diagnostic(path, 0, DiagnosticSeverity.Error, message), error);
    }
}
