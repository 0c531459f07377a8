namespace SearchAbstracts.Ingest;

/// <summary>The input formats <see cref="PaperFileReader"/> can read.</summary>
public enum PaperFileFormat
{
    /// <summary>Text copied from a journal's search results page (see <see cref="ListingReader"/>).</summary>
    Listing,

    /// <summary>One JSON object per line in the BEIR layout, plain or gzip-compressed (see <see cref="JsonLinesReader"/>).</summary>
    JsonLines,
}
