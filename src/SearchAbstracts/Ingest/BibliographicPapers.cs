using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Collects the papers of one BibTeX, RIS or CSV file: checks each draft (a title and an id are required, a missing
/// abstract is only a warning), keeps one paper per id, and counts what was skipped.
/// </summary>
/// <param name="source">The file name used in diagnostics and in <see cref="Paper.Source"/>.</param>
/// <param name="noun">What the format calls a record in messages: <c>entry</c>, <c>record</c> or <c>row</c>.</param>
internal sealed class BibliographicPapers(string source, string noun)
{
    private readonly List<Paper> _papers = [];
    private readonly Dictionary<string, (int Index, int Line)> _ids = new(StringComparer.Ordinal);
    private int _skipped;

    public DiagnosticBag Diagnostics { get; } = new(source);

    /// <summary>The file name used in diagnostics and in <see cref="Paper.Source"/>.</summary>
    public string Source => source;

    /// <summary>Reports a record that cannot be read at all (a syntax error) and counts it as skipped.</summary>
    public void Skip(int line, string reason)
    {
        _skipped++;
        Diagnostics.Error(line, $"{reason}; {noun} skipped");
    }

    /// <summary>Adds the draft as a paper, or skips it with one error when it has no title or nothing to make an id from.</summary>
    public void Add(BibliographicDraft draft)
    {
        var title = BibliographicFields.NullIfBlank(draft.Title);
        if (title is null)
        {
            Skip(draft.Line, $"{draft.Label} has no title");
            return;
        }
        if (!string.IsNullOrWhiteSpace(draft.Doi) && BibliographicIds.Doi(draft.Doi) is null)
        {
            Diagnostics.Warning(draft.Line,
                $"{draft.Label}: {DiagnosticBag.Quote(draft.Doi.Trim())} is not a DOI (10.prefix/suffix); it is not used for the id");
        }
        var id = BibliographicIds.Make(draft);
        if (id is null)
        {
            Skip(draft.Line, $"{draft.Label}: no DOI, key or citation to make an id from; add a DOI or key");
            return;
        }
        var text = BibliographicFields.NullIfBlank(draft.Abstract);
        if (text is null)
        {
            // Exports from reference managers often lack abstracts; the title alone is still worth finding.
            Diagnostics.Warning(draft.Line, $"{draft.Label} has no abstract; indexed with its title only");
        }
        Add(ToPaper(draft, id, title, text ?? string.Empty), draft.Line);
    }

    /// <summary>The result; an error at line 0 when the file held no records at all.</summary>
    /// <param name="expected">What a record looks like, for the message about a file without any.</param>
    public PaperReadResult Result(string expected)
    {
        if (_papers.Count + _skipped == 0)
            Diagnostics.Error(0, $"contains no records (expected {expected})");
        return new PaperReadResult(_papers, Diagnostics.Items) { Skipped = _skipped };
    }

    private void Add(Paper paper, int line)
    {
        if (_ids.TryGetValue(paper.Id, out var earlier))
        {
            // As in JSON Lines: the later record wins in the earlier one's place, so the writer sees the id once.
            Diagnostics.Warning(line, string.Create(CultureInfo.InvariantCulture,
                $"duplicate id {DiagnosticBag.Quote(paper.Id)} (also on line {earlier.Line}); the {noun} on line {line} replaces the one on line {earlier.Line}"));
            _papers[earlier.Index] = paper;
            _ids[paper.Id] = (earlier.Index, line);
            return;
        }
        _ids.Add(paper.Id, (_papers.Count, line));
        _papers.Add(paper);
    }

    private Paper ToPaper(BibliographicDraft draft, string id, string title, string text) => new()
    {
        Id = id,
        Title = title,
        Abstract = text,
        Venue = draft.Venue?.Trim() ?? string.Empty,
        Year = draft.Year,
        Volume = BibliographicFields.NullIfBlank(draft.Volume),
        Issue = BibliographicFields.NullIfBlank(draft.Issue),
        FirstPage = BibliographicFields.NullIfBlank(draft.FirstPage),
        LastPage = BibliographicFields.NullIfBlank(draft.LastPage),
        Published = draft.Published,
        ArticleType = draft.ArticleType,
        Authors = [.. draft.Authors.Where(a => a.Length > 0)],
        Categories = [.. draft.Categories.Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)],
        Source = source,
    };
}
