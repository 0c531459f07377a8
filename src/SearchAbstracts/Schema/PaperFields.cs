namespace SearchAbstracts.Schema;

/// <summary>Index field names: the only place they are spelled.</summary>
internal static class PaperFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Abstract = "abstract";
    public const string Venue = "venue";

    /// <summary>Title and abstract as one analyzed field (not stored): BM25 over the whole text ranks best.</summary>
    public const string Text = "text";

    /// <summary>Hyphenated words of title and abstract, joined (<c>co-design</c> → <c>codesign</c>); not stored.</summary>
    public const string Compound = "compound";

    /// <summary>Untokenized venue: exact filter term and sorted doc values for facet counting.</summary>
    public const string VenueExact = "venue_exact";

    /// <summary>Numeric year for range queries (one term per value: <see cref="YearPrecisionStep"/>); its doc values are part of <see cref="PublishedSort"/>'s.</summary>
    public const string Year = "year";

    /// <summary>
    /// The year is indexed as its full-precision term only: a range over a few hundred distinct years visits their
    /// terms at once, so the seven lower-precision terms Lucene adds by default (precision step 4) bought nothing;
    /// they were a third of the tokens Lucene inverted per paper (about 21 on arXiv 115k, the rest being the
    /// compounds, the id, venue and type). Queries must use the same step.
    /// </summary>
    public const int YearPrecisionStep = int.MaxValue;
    public const string Volume = "volume";
    public const string Issue = "issue";
    public const string FirstPage = "first_page";
    public const string LastPage = "last_page";

    /// <summary>ISO date, stored only.</summary>
    public const string Published = "published";

    /// <summary>
    /// Sorted doc values for <c>--sort date</c> and the year facet: <c>yyyymmdd</c> (or <c>yyyy0000</c> without a
    /// date) times 10,000 plus the year (0 without one), as eight bytes that sort as the number; see
    /// <c>PaperDocumentMapper.SortKey</c>, <c>SortKeyValue</c> and <c>YearOf</c>.
    /// </summary>
    /// <remarks>
    /// One field for both, and sorted rather than numeric doc values, since Lucene.Net's numeric and binary doc-values
    /// writers measure their bit set of documents by reflection for every value added: about 1% of indexing arXiv
    /// 115k (perf) per field. Papers share few distinct keys, so the sorted values are small.
    /// </remarks>
    public const string PublishedSort = "published_sort";
    public const string Type = "type";
    public const string OpenAccess = "open_access";
    public const string PdfSize = "pdf_size";
    public const string Downloads = "downloads";
    public const string Source = "source";

    /// <summary>Sorted doc values: the full path of the file the paper came from, for <c>--prune</c>.</summary>
    public const string SourceKey = "source_key";

    /// <summary>Acronym definitions of the paper, by acronym (see <c>AcronymTerms</c>); not stored.</summary>
    public const string Acronym = "acronym";

    /// <summary>Acronym definitions of the paper, by the stems of the long form; not stored.</summary>
    public const string AcronymLongForm = "acronym_long";

    /// <summary>One analyzed value per author, and one stored value with them all.</summary>
    public const string Author = "author";

    /// <summary>One exact, stored value per category.</summary>
    public const string Category = "category";

    /// <summary>Fields a query may name, in the order error messages list them.</summary>
    public static readonly IReadOnlyList<string> Queryable = [Title, Abstract, Venue, Author, Category, Year, Type];

    /// <summary>Fields searched by words that name no field.</summary>
    public static readonly IReadOnlyList<string> DefaultSearch = [Title, Abstract, Venue];
}
