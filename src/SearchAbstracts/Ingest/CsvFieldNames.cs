namespace SearchAbstracts.Ingest;

/// <summary>
/// The names of <see cref="CsvField"/>s and the header names that mean each one, so that exports from Zotero,
/// Scopus, Web of Science, OpenAlex or a spreadsheet are read without any <c>--map</c>.
/// </summary>
internal static class CsvFieldNames
{
    /// <summary>The name of each field as typed in <c>--map COLUMN=FIELD</c>, in <see cref="CsvField"/> order.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "title", "abstract", "venue", "year", "volume", "issue", "pages", "first_page", "last_page", "doi", "id",
        "authors", "published", "type", "categories", "ignore",
    ];

    private static readonly Dictionary<string, CsvField> Synonyms = BuildSynonyms();

    /// <summary>The field a header name means, by its letters and digits in any case (<c>First Page</c> = <c>first_page</c>).</summary>
    public static CsvField? FromHeader(string name) => Synonyms.TryGetValue(Normalize(name), out var field) ? field : null;

    /// <summary>The field typed in a <c>--map</c> option: a name from <see cref="Names"/>, any case, <c>_</c> or <c>-</c> optional.</summary>
    public static CsvField? FromName(string name)
    {
        var key = Normalize(name);
        for (var i = 0; i < Names.Count; i++)
        {
            if (Normalize(Names[i]) == key)
                return (CsvField)i;
        }
        return null;
    }

    public static string Name(CsvField field) => Names[(int)field];

    /// <summary>Lower-case letters and digits only, so <c>Source title</c>, <c>source_title</c> and <c>SourceTitle</c> agree.</summary>
    public static string Normalize(string name) =>
        new string([.. name.Where(char.IsLetterOrDigit)]).ToLowerInvariant();

    private static Dictionary<string, CsvField> BuildSynonyms()
    {
        var synonyms = new Dictionary<string, CsvField>(StringComparer.Ordinal);
        void Add(CsvField field, params string[] names)
        {
            foreach (var name in names)
                synonyms[name] = field;
        }
        Add(CsvField.Title, "title", "papertitle", "articletitle", "documenttitle");
        Add(CsvField.Abstract, "abstract", "summary", "description", "abstractnote", "text", "abstracttext");
        Add(CsvField.Venue, "venue", "journal", "source", "sourcetitle", "publication", "publicationtitle",
            "publicationname", "booktitle", "journaltitle", "journalname", "containertitle", "conference");
        Add(CsvField.Year, "year", "publicationyear", "pubyear", "py");
        Add(CsvField.Volume, "volume", "vol");
        Add(CsvField.Issue, "issue", "number");
        Add(CsvField.Pages, "pages", "page", "pagerange");
        Add(CsvField.FirstPage, "firstpage", "pagestart", "startpage", "beginningpage");
        Add(CsvField.LastPage, "lastpage", "pageend", "endpage", "endingpage");
        Add(CsvField.Doi, "doi");
        Add(CsvField.Id, "id", "key", "citationkey", "bibtexkey");
        Add(CsvField.Authors, "authors", "author", "authornames", "creators");
        Add(CsvField.Published, "date", "published", "publicationdate", "pubdate", "datepublished");
        Add(CsvField.Type, "type", "articletype", "documenttype", "itemtype", "doctype");
        Add(CsvField.Categories, "keywords", "categories", "category", "subjects", "tags", "authorkeywords", "manualtags");
        return synonyms;
    }
}
