using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Tests.Schema;

/// <summary>
/// Stored strings are written as their UTF-8 bytes (<see cref="BufferingStoredFieldsWriter"/>) and read back as the
/// same strings (<see cref="Utf8StoredFieldVisitor"/>), whatever characters they hold.
/// </summary>
public sealed class StoredStringsTests
{
    private static readonly Paper Unusual = TestPapers.Make("p-ü1", "Schrödinger's naïve café: 𝔸𝔹 and ∑ in 東京",
        "Ünïcödé abstract with an emoji 🙂, a tab\tand a newline\nin it.", venue: "Journal für Mathematik") with
    {
        Authors = ["Zoë Ångström", "Łukasz Żółć"],
        Categories = ["math.ÅG", "cs.IR"],
        Source = "/data/bibliothèque.bib",
    };

    [Fact]
    public void Strings_ComeBackUnchanged()
    {
        using var temp = TempIndex.With(Unusual, TestPapers.Make("p2", "Plain", "ASCII only."));

        var stored = temp.Index.Get(Unusual.Id)!;

        Assert.Equal(
            (Unusual.Id, Unusual.Title, Unusual.Abstract, Unusual.Venue, Unusual.Source),
            (stored.Id, stored.Title, stored.Abstract, stored.Venue, stored.Source));
        Assert.Equal(Unusual.Authors, stored.Authors);
        Assert.Equal(Unusual.Categories, stored.Categories);
        Assert.Equal("Plain", temp.Index.Get("p2")!.Title);
    }

    [Fact]
    public void ALoneSurrogate_BecomesTheReplacementCharacter_AsLuceneWroteIt()
    {
        using var temp = TempIndex.With(TestPapers.Make("p1", "Broken \uD835 pair", "Text."));
        Assert.Equal("Broken \uFFFD pair", temp.Index.Get("p1")!.Title);
    }

    [Fact]
    public void OnDisk_AStringIsItsUtf8Bytes_MarkedBinary()
    {
        using var temp = TempIndex.With(Unusual);
        using var directory = FSDirectory.Open(temp.Path);
        using var reader = DirectoryReader.Open(directory);
        var visitor = new Recorder();

        reader.Document(0, visitor);

        Assert.Equal(Encoding.UTF8.GetBytes(Unusual.Title), visitor.Binary[PaperFields.Title]);
        Assert.Equal(Encoding.UTF8.GetBytes(Unusual.Abstract), visitor.Binary[PaperFields.Abstract]);
        Assert.Empty(visitor.Strings);
    }

    private sealed class Recorder : StoredFieldVisitor
    {
        public Dictionary<string, byte[]> Binary { get; } = [];

        public List<string> Strings { get; } = [];

        public override void BinaryField(FieldInfo fieldInfo, byte[] value) => Binary[fieldInfo.Name] = value;

        public override void StringField(FieldInfo fieldInfo, string value) => Strings.Add(fieldInfo.Name);

        public override Status NeedsField(FieldInfo fieldInfo) => Status.YES;
    }
}
