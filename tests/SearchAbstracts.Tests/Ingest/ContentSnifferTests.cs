using System.Text;
using SearchAbstracts.Ingest;

namespace SearchAbstracts.Tests.Ingest;

/// <summary>Which format the first bytes of a file look like, and when the sniffer declines to guess.</summary>
public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("bibtex/zotero.bib", PaperFileFormat.Bibtex)]
    [InlineData("ris/scopus.ris", PaperFileFormat.Ris)]
    [InlineData("ris/pubmed.ris", PaperFileFormat.Ris)]
    [InlineData("ris/broken.ris", null)]
    [InlineData("csv/scopus.csv", PaperFileFormat.Csv)]
    [InlineData("csv/zotero.tsv", PaperFileFormat.Tsv)]
    [InlineData("csv/no-title.csv", null)]
    [InlineData("jsonl/beir.jsonl", PaperFileFormat.JsonLines)]
    [InlineData("crlf.txt", null)]
    [InlineData("multi-line-abstract.txt", null)]
    [InlineData("empty.txt", null)]
    public void Detect_Fixtures_GivesTheirFormat(string fixture, PaperFileFormat? expected)
    {
        var bytes = File.ReadAllBytes(TestPaths.Fixture(fixture));

        var format = ContentSniffer.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, ContentSniffer.HeadLength)));

        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("\n\n  @Article{key,\n title = {T}}", PaperFileFormat.Bibtex)]
    [InlineData("% JabRef\n% Encoding: UTF-8\n\n@inproceedings (key, title = \"T\")", PaperFileFormat.Bibtex)]
    [InlineData("This file was exported by hand.\n\n@article{key, title = {T}}", PaperFileFormat.Bibtex)]
    [InlineData("TY  - JOUR\r\nTI  - T\r\nER  - \r\n", PaperFileFormat.Ris)]
    [InlineData("TY - JOUR\n", PaperFileFormat.Ris)]
    [InlineData("{\"_id\": \"1\", \"title\": \"T\"}\n", PaperFileFormat.JsonLines)]
    [InlineData("Key\tItem Type\tPublication Year\tAuthor\n", PaperFileFormat.Tsv)]
    [InlineData("\"Authors\",\"Title\",\"Year\"\n", PaperFileFormat.Csv)]
    [InlineData("doc_id,Article Title,abstract\n", PaperFileFormat.Csv)]
    [InlineData("id,name,summary\n", null)]
    [InlineData("Sort:\nOpen Access Issue\nA title, with a comma\n", null)]
    [InlineData("We trained a model.\tIt worked. Then we stopped.\n", null)]
    [InlineData("[{\"title\": \"a JSON array is not JSON Lines\"}]", null)]
    [InlineData("", null)]
    public void Detect_FirstLines_GiveTheFormatOrNull(string text, PaperFileFormat? expected)
    {
        Assert.Equal(expected, ContentSniffer.Detect(Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void Detect_ByteOrderMarkAndCutOffCharacter_AreIgnored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("title,abstract\nM\u00fcller")).ToArray();

        Assert.Equal(PaperFileFormat.Csv, ContentSniffer.Detect(bytes.AsSpan(0, bytes.Length - 1)));
    }
}
