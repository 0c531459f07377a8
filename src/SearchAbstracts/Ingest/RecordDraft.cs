namespace SearchAbstracts.Ingest;

/// <summary>The fields of one record as they are read, before it becomes a <see cref="Paper"/>.</summary>
internal sealed class RecordDraft(int firstLine)
{
    /// <summary>1-based number of the record's first line, where record-level problems are reported.</summary>
    public int FirstLine { get; } = firstLine;

    /// <summary>What messages call the record: its title once known, else its first line.</summary>
    public string Name { get; set; } = string.Empty;

    public string ArticleType { get; set; } = "research";

    public bool OpenAccess { get; set; }

    public string? Title { get; set; }

    public Citation? Citation { get; set; }

    public DateOnly? Published { get; set; }

    public string? PdfSize { get; set; }

    public int? Downloads { get; set; }

    public string Abstract { get; set; } = string.Empty;

    /// <summary>Warnings that are only worth showing when the record is read, not when it is skipped anyway.</summary>
    public List<(int Line, string Message)> Warnings { get; } = [];

    public Paper ToPaper(string source)
    {
        var citation = Citation ?? throw new InvalidOperationException("A record is complete only with its citation.");
        return new Paper
        {
            Id = PaperId.FromCitation(citation.Venue, citation.Year, citation.Volume, citation.Issue, citation.FirstPage),
            Title = Title ?? throw new InvalidOperationException("A record is complete only with its title."),
            Abstract = Abstract,
            Venue = citation.Venue,
            Year = citation.Year,
            Volume = citation.Volume,
            Issue = citation.Issue,
            FirstPage = citation.FirstPage,
            LastPage = citation.LastPage,
            Published = Published,
            ArticleType = ArticleType,
            OpenAccess = OpenAccess,
            PdfSize = PdfSize,
            Downloads = Downloads,
            Source = source,
        };
    }
}
