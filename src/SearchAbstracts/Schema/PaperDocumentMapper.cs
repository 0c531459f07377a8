using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchAbstracts.Acronyms;
using SearchAbstracts.Analysis;

namespace SearchAbstracts.Schema;

/// <summary>Turns a <see cref="Paper"/> into a Lucene document and back; every field is stored for display.</summary>
internal static class PaperDocumentMapper
{
    /// <summary>Text fields keep positions for phrases; no offsets, since highlighting re-analyzes the stored text.</summary>
    private static readonly FieldType AnalyzedText = CreateAnalyzedTextType();

    /// <summary>
    /// Title, abstract, the flat ranking field (title and abstract as one text) and authors: Lucene indexes them without
    /// tokens, for their norms (<see cref="TextLength"/>); their postings are written from the words buffered for the
    /// segment (<see cref="TextPostingsBuffer"/>). Their text is stored in title, abstract and author.
    /// </summary>
    private static readonly FieldType BufferedText = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS };

    /// <summary>The chain of title and abstract.</summary>
    private static readonly Analyzer TextAnalyzer = EnglishTextAnalyzer.Shared;

    /// <summary>The compound field's chain (the one <see cref="PaperAnalyzers"/> gives it for indexing).</summary>
    private static readonly Analyzer CompoundIndexAnalyzer = new CompoundAnalyzer();

    /// <summary>The chain of author names (the one <see cref="PaperAnalyzers"/> gives the author field, gap between authors included).</summary>
    private static readonly Analyzer AuthorAnalyzer = new NameAnalyzer();

    /// <summary>
    /// Joined compounds are matched as single terms, never in phrases: no positions needed. Lucene indexes the field
    /// without tokens; its postings are written from the words buffered for the segment, as the title's are.
    /// </summary>
    private static readonly FieldType CompoundText = new(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS, OmitNorms = true };

    /// <summary>The document for <paramref name="paper"/>, with its <see cref="ContentHash"/> and source file for incremental indexing.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="hash">Its <see cref="ContentHash"/> when the caller has it already, else null.</param>
    /// <remarks>
    /// The document reuses this thread's token streams (see <see cref="ReusedStreams"/>): it must be indexed before the
    /// same thread asks for the next one, which is how every caller uses it. It must be written with
    /// <see cref="PaperCodec"/> (as <c>AbstractsIndex</c>'s one writer is): the title, abstract, flat text and author
    /// postings come from the words its stored title carries, which only that codec's stored-fields writer buffers.
    /// </remarks>
    public static Document ToDocument(Paper paper, byte[]? hash = null)
    {
        var reused = _reused ??= new ReusedStreams();
        // Analyzed once, inverted once for three fields: the stored title carries the words to the segment's buffer,
        // which writes title, abstract (at its positions after the title) and the flat text from them at flush.
        var title = Analysis.AnalyzedText.Analyze(TextAnalyzer, PaperFields.Title, paper.Title, reused.TitleWords);
        var summary = Analysis.AnalyzedText.Analyze(TextAnalyzer, PaperFields.Abstract, paper.Abstract, reused.AbstractWords);
        // The authors' words go to the segment's buffer too; the author field itself gets only their count.
        var authors = paper.Authors.Count == 0 ? null : Analysis.AnalyzedText.AnalyzeValues(AuthorAnalyzer, PaperFields.Author, paper.Authors, reused.AuthorWords);
        // The joined hyphenated words go to the segment's buffer as well (only the runs holding a hyphen are analyzed).
        var compounds = Analysis.AnalyzedText.Analyze(CompoundIndexAnalyzer, PaperFields.Compound, HyphenatedRuns.Of(paper.Title, paper.Abstract), reused.CompoundWords);
        var doc = new Document
        {
            KeywordFields.Create(PaperFields.Id, paper.Id, Field.Store.YES),
            new AnalyzedTextField(PaperFields.Title, paper.Title, title, summary, authors, compounds),
            new Field(PaperFields.Title, reused.Title.Of(title), BufferedText),
            new StoredField(PaperFields.Abstract, paper.Abstract),
            new Field(PaperFields.Abstract, reused.Abstract.After(title, summary), BufferedText),
            new Field(PaperFields.Venue, paper.Venue, AnalyzedText),
            new Field(PaperFields.Text, reused.Flat.Of(title, summary), BufferedText),
            new Field(PaperFields.Compound, reused.Compounds.Of(compounds), CompoundText),
            new SortedDocValuesField(PaperFields.Id, IdValue(paper.Id, hash ?? ContentHash.Of(paper))),
            new SortedDocValuesField(PaperFields.PublishedSort, SortKeyValue(SortKey(paper))),
            KeywordFields.Create(PaperFields.Type, paper.ArticleType, Field.Store.YES),
            new StoredField(PaperFields.OpenAccess, paper.OpenAccess ? 1 : 0),
        };
        if (paper.Source is not null)
        {
            doc.Add(new SortedDocValuesField(PaperFields.SourceKey, new BytesRef(SourceKey(paper.Source))));
        }
        if (paper.Venue.Length > 0)
        {
            // A paper without a venue has no facet value rather than an empty one.
            doc.Add(KeywordFields.Create(PaperFields.VenueExact, paper.Venue, Field.Store.NO));
            doc.Add(new SortedDocValuesField(PaperFields.VenueExact, new BytesRef(paper.Venue)));
        }
        if (paper.Year is int year)
        {
            reused.Year.SetInt32Value(year);
            doc.Add(reused.Year);
        }
        if (authors is not null)
        {
            doc.Add(new Field(PaperFields.Author, reused.Authors.Of(authors), BufferedText));
            // One stored value for all authors: Lucene's stored-fields writer clears arrays as long as the most stored
            // values any document had, twice per document, so one paper with 3,303 authors (arXiv 115k has it) made
            // every later document pay for that many.
            doc.Add(new StoredField(PaperFields.Author, string.Join(AuthorSeparator, paper.Authors.Select(a => a.Replace(AuthorSeparator, ' ')))));
        }
        foreach (var category in paper.Categories)
        {
            doc.Add(KeywordFields.Create(PaperFields.Category, category, Field.Store.YES));
        }
        AcronymTerms.AddTo(doc, paper);
        AddStoredIfPresent(doc, PaperFields.Volume, paper.Volume);
        AddStoredIfPresent(doc, PaperFields.Issue, paper.Issue);
        AddStoredIfPresent(doc, PaperFields.FirstPage, paper.FirstPage);
        AddStoredIfPresent(doc, PaperFields.LastPage, paper.LastPage);
        AddStoredIfPresent(doc, PaperFields.Published, paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AddStoredIfPresent(doc, PaperFields.PdfSize, paper.PdfSize);
        AddStoredIfPresent(doc, PaperFields.Source, paper.Source);
        if (paper.Downloads is int downloads)
        {
            doc.Add(new StoredField(PaperFields.Downloads, downloads));
        }
        return doc;
    }

    /// <summary>The stored fields of document <paramref name="doc"/> (see <see cref="Utf8StoredFieldVisitor"/>).</summary>
    public static Document Load(IndexSearcher searcher, int doc)
    {
        var visitor = new Utf8StoredFieldVisitor();
        searcher.Doc(doc, visitor);
        return visitor.Document;
    }

    public static Paper ToPaper(Document doc) => new()
    {
        Id = doc.Get(PaperFields.Id) ?? "",
        Title = doc.Get(PaperFields.Title) ?? "",
        Abstract = doc.Get(PaperFields.Abstract) ?? "",
        Venue = doc.Get(PaperFields.Venue) ?? "",
        Year = doc.GetField(PaperFields.Year)?.GetInt32Value(),
        Authors = doc.Get(PaperFields.Author) is string authors ? authors.Split(AuthorSeparator) : [],
        Categories = doc.GetValues(PaperFields.Category),
        Volume = doc.Get(PaperFields.Volume),
        Issue = doc.Get(PaperFields.Issue),
        FirstPage = doc.Get(PaperFields.FirstPage),
        LastPage = doc.Get(PaperFields.LastPage),
        Published = doc.Get(PaperFields.Published) is string iso
            ? DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        ArticleType = doc.Get(PaperFields.Type) ?? "research",
        OpenAccess = doc.GetField(PaperFields.OpenAccess)?.GetInt32Value() == 1,
        PdfSize = doc.Get(PaperFields.PdfSize),
        Downloads = doc.GetField(PaperFields.Downloads)?.GetInt32Value(),
        Source = doc.Get(PaperFields.Source),
    };

    public static Term IdTerm(string id) => new(PaperFields.Id, id);

    /// <summary>Between the authors in their one stored value (the unit separator; a name never holds one, it is stored as a space).</summary>
    private const char AuthorSeparator = '\u001f';

    /// <summary>How a source file is recognised across runs: its full path (the same file named two ways is one source).</summary>
    public static string SourceKey(string source)
    {
        // Every paper of a file has the same source string, and a relative path costs a getcwd call to resolve.
        var last = _lastSource;
        if (last is not null && ReferenceEquals(last.Source, source))
        {
            return last.Key;
        }
        var key = Path.GetFullPath(source);
        _lastSource = new SourceKeyCache(source, key);
        return key;
    }

    private sealed record SourceKeyCache(string Source, string Key);

    /// <summary>
    /// Token streams one indexing thread reuses from document to document. A new token stream takes a process-wide lock
    /// to create its attributes; made per field per document, that lock and its allocations were a third of the
    /// indexing threads' time (arXiv 115k, dotnet-trace).
    /// </summary>
    private sealed class ReusedStreams
    {
        public TextLength Title { get; } = new();

        public TextLength Abstract { get; } = new();

        public TextLength Flat { get; } = new();

        /// <summary>The title's words: the segment's buffer copies them when the document's stored fields are written.</summary>
        public Analysis.AnalyzedText TitleWords { get; } = Analysis.AnalyzedText.CreateReusable();

        public TextLength Authors { get; } = new();

        /// <summary>The authors' words, copied as the title's are.</summary>
        public Analysis.AnalyzedText AuthorWords { get; } = Analysis.AnalyzedText.CreateReusable();

        /// <summary>The abstract's words, copied as the title's are.</summary>
        public Analysis.AnalyzedText AbstractWords { get; } = Analysis.AnalyzedText.CreateReusable();

        /// <summary>The compound field's stream: no tokens (its postings come from the buffer) and no norms.</summary>
        public TextLength Compounds { get; } = new();

        /// <summary>The joined hyphenated words, copied as the title's are.</summary>
        public Analysis.AnalyzedText CompoundWords { get; } = Analysis.AnalyzedText.CreateReusable();

        /// <summary>The year as an indexed, stored number: its numeric token stream is made once.</summary>
        public Int32Field Year { get; } = new(PaperFields.Year, 0, YearType);
    }

    /// <summary>A stored number of one term (<see cref="PaperFields.YearPrecisionStep"/>).</summary>
    private static readonly FieldType YearType = CreateYearType();

    [ThreadStatic]
    private static ReusedStreams? _reused;

    private static SourceKeyCache? _lastSource;

    /// <summary>
    /// The <see cref="PaperFields.PublishedSort"/> value: the date key (yyyymmdd, or the year alone, yyyy0000, so that
    /// undated papers sort before dated ones of the same year; 0 when neither is known) times 10,000, plus the year
    /// for the facet (<see cref="YearOf"/>). Papers of one date key sort by year, which does not change the order of
    /// papers whose year is their date's.
    /// </summary>
    internal static long SortKey(Paper paper)
    {
        var date = paper.Published is DateOnly d ? (d.Year * 10000L) + (d.Month * 100L) + d.Day : (paper.Year ?? 0) * 10000L;
        return (date * YearSpan) + (paper.Year is int year and > 0 and < YearSpan ? year : 0);
    }

    /// <summary>The year kept in a <see cref="SortKey"/>: 0 for none (nor for a year outside 1-9999, which the key cannot hold).</summary>
    internal static int YearOf(long sortKey)
    {
        var year = sortKey % YearSpan;
        return year > 0 ? (int)year : 0;
    }

    private const int YearSpan = 10000;

    /// <summary>
    /// A <see cref="SortKey"/> as the eight bytes of its <see cref="PaperFields.PublishedSort"/> doc value: big-endian
    /// with the sign bit flipped, so that comparing the bytes (as sorted doc values do) compares the numbers.
    /// </summary>
    internal static BytesRef SortKeyValue(long sortKey)
    {
        var bytes = new byte[sizeof(long)];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (ulong)sortKey ^ SignBit);
        return new BytesRef(bytes);
    }

    /// <summary>The <see cref="SortKey"/> a <see cref="SortKeyValue"/> holds.</summary>
    internal static long SortKeyOf(BytesRef value) =>
        (long)(BinaryPrimitives.ReadUInt64BigEndian(value.Bytes.AsSpan(value.Offset, value.Length)) ^ SignBit);

    private const ulong SignBit = 1UL << 63;

    /// <summary>
    /// The <see cref="PaperFields.Id"/> doc value: the id's UTF-8 bytes followed by the record's <see cref="ContentHash"/>
    /// (<see cref="ContentHash.Length"/> bytes, so the split is never ambiguous). Hits read their id from it, and
    /// indexing again reads both (<see cref="IdOf"/>, <see cref="HashOf"/>).
    /// </summary>
    /// <remarks>
    /// One sorted doc-values field instead of the id's and a binary one for the hash: Lucene.Net's binary doc-values
    /// writer measures its bit set of documents by reflection for every value added, about 1% of indexing arXiv 115k (perf).
    /// </remarks>
    internal static BytesRef IdValue(string id, byte[] hash)
    {
        if (hash.Length != ContentHash.Length)
        {
            throw new ArgumentException($"a content hash has {ContentHash.Length} bytes, not {hash.Length}", nameof(hash));
        }
        var bytes = new byte[Encoding.UTF8.GetByteCount(id) + ContentHash.Length];
        var written = Encoding.UTF8.GetBytes(id, bytes);
        hash.CopyTo(bytes, written);
        return new BytesRef(bytes);
    }

    /// <summary>The id an <see cref="IdValue"/> holds.</summary>
    internal static string IdOf(BytesRef value) => Encoding.UTF8.GetString(value.Bytes, value.Offset, IdLength(value));

    /// <summary>The content hash an <see cref="IdValue"/> holds.</summary>
    internal static byte[] HashOf(BytesRef value) => value.Bytes.AsSpan(value.Offset + IdLength(value), ContentHash.Length).ToArray();

    private static int IdLength(BytesRef value) => value.Length >= ContentHash.Length
        ? value.Length - ContentHash.Length
        : throw new CorruptIndexException($"an id doc value has {value.Length} bytes, fewer than the {ContentHash.Length} of its content hash");

    private static void AddStoredIfPresent(Document doc, string field, string? value)
    {
        if (value is not null)
        {
            doc.Add(new StoredField(field, value));
        }
    }

    private static FieldType CreateYearType()
    {
        var type = new FieldType(Int32Field.TYPE_STORED) { NumericPrecisionStep = PaperFields.YearPrecisionStep };
        type.Freeze();
        return type;
    }

    private static FieldType CreateAnalyzedTextType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS,
        };
        type.Freeze();
        return type;
    }
}
