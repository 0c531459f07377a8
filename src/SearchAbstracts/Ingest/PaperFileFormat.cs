namespace SearchAbstracts.Ingest;

/// <summary>The input formats <see cref="PaperFileReader"/> can read.</summary>
public enum PaperFileFormat
{
    /// <summary>Text copied from a journal's search results page (see <see cref="ListingReader"/>).</summary>
    Listing,

    /// <summary>One JSON object per line in the BEIR layout, plain or gzip-compressed (see <see cref="JsonLinesReader"/>).</summary>
    JsonLines,

    /// <summary>A BibTeX database (<c>.bib</c>), as exported by Zotero, Mendeley or a publisher.</summary>
    Bibtex,

    /// <summary>An RIS file (<c>.ris</c>): tagged lines such as <c>TI  - </c>, one record per <c>TY</c> … <c>ER</c>.</summary>
    Ris,

    /// <summary>Comma-separated values with a header row naming the columns.</summary>
    Csv,

    /// <summary>Tab-separated values with a header row naming the columns.</summary>
    Tsv,
}
