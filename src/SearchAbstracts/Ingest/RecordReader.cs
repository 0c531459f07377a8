namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads one record, field by field: badge, title, citation, then the short field lines in any order
/// (<c>Published:</c>, actions, <c>Downloads:</c>), then the abstract up to the next record or the <c>Total</c> line.
/// Blank lines may appear anywhere. Any missing required part skips the whole record with one error.
/// </summary>
internal sealed class RecordReader
{
    private const string CitationShape = "\"Venue Year, Volume(Issue): First-Last\"";

    private readonly ListingLines _lines;
    private readonly RecordDraft _draft;
    private int _at;

    private RecordReader(ListingLines lines, int start)
    {
        _lines = lines;
        _at = start;
        _draft = new RecordDraft(lines[start].Number) { Name = lines[start].Text };
    }

    /// <summary>Reads the record at <paramref name="start"/>; returns it (null when skipped) and where to go on.</summary>
    public static (Paper? Paper, int Next) Read(
        ListingLines lines, int start, StartKind kind, DiagnosticBag diagnostics, string source)
    {
        var reader = new RecordReader(lines, start);
        var error = reader.ReadBadge(kind) ?? reader.ReadTitle() ?? reader.ReadCitation()
            ?? reader.ReadFields() ?? reader.ReadAbstract();
        if (error is not null)
        {
            diagnostics.Error(error.Line, error.Message + "; record skipped");
            return (null, RecordStarts.NextBoundary(lines, error.ResumeAt));
        }

        foreach (var (line, message) in reader._draft.Warnings)
            diagnostics.Warning(line, message);
        return (reader._draft.ToPaper(source), reader._at);
    }

    private string Name => DiagnosticBag.Quote(_draft.Name);

    private RecordError? ReadBadge(StartKind kind)
    {
        if (kind == StartKind.Untyped)
        {
            _draft.Warnings.Add((_draft.FirstLine,
                $"record {Name} has no article-type line (such as \"Open Access Issue\") above its title; "
                + "read as research, not open access"));
            return null;
        }

        (_draft.ArticleType, _draft.OpenAccess) = ArticleTypeParser.Parse(_lines[_at].Text);
        _at = _lines.NextNonBlank(_at + 1);
        return null;
    }

    private RecordError? ReadTitle()
    {
        if (_at == _lines.Count)
            return Truncated("right after its article-type line");
        var line = _lines[_at];
        if (IsMissingTitle())
        {
            return new RecordError(line.Number,
                $"record starting {Name} has no title: the line after the article type is {Quote(line.Text)}", _at);
        }

        _draft.Title = _draft.Name = line.Text;
        _at = _lines.NextNonBlank(_at + 1);
        return null;
    }

    /// <summary>A citation in the title slot means the title is missing, unless another citation follows it.</summary>
    private bool IsMissingTitle()
    {
        var text = _lines[_at].Text;
        if (RecordStarts.IsFieldLine(text) || ListingChrome.IsChrome(text))
            return true;
        if (!CitationParser.IsCitation(text))
            return false;
        var next = _lines.NextNonBlank(_at + 1);
        return next == _lines.Count || !CitationParser.IsCitation(_lines[next].Text);
    }

    private RecordError? ReadCitation()
    {
        if (_at == _lines.Count)
            return Truncated("right after its title");
        var line = _lines[_at];
        if (!CitationParser.TryParse(line.Text, out var citation))
        {
            return new RecordError(line.Number,
                $"record {Name} has no citation line (expected {CitationShape} after the title, found {Quote(line.Text)})",
                _at);
        }

        _draft.Citation = citation;
        _at = _lines.NextNonBlank(_at + 1);
        return null;
    }

    private RecordError? ReadFields()
    {
        for (; _at < _lines.Count; _at = _lines.NextNonBlank(_at + 1))
        {
            var line = _lines[_at];
            if (PublishedDateParser.IsPublishedLine(line.Text))
            {
                if (!PublishedDateParser.TryParse(line.Text, out var date))
                    return UnreadableDate(line);
                _draft.Published = date;
            }
            else if (ActionLineParser.IsActionLine(line.Text))
                ReadPdfSize(line);
            else if (ActionLineParser.IsDownloadsLine(line.Text))
                ReadDownloads(line);
            else
                break;
        }

        if (_draft.Published is null)
            _draft.Warnings.Add((_draft.FirstLine, $"record {Name} has no \"Published:\" line; read without a date"));
        return null;
    }

    private RecordError UnreadableDate(ListingLine line) => new(line.Number,
        $"record {Name} has an unreadable date {Quote(line.Text)} "
        + "(expected a date such as \"Published: 09 February 2026\")", _at + 1);

    private void ReadPdfSize(ListingLine line)
    {
        _draft.PdfSize = ActionLineParser.PdfSize(line.Text, out var unreadable);
        if (unreadable is not null)
        {
            _draft.Warnings.Add((line.Number,
                $"record {Name} has an unreadable PDF size {Quote(unreadable)} (expected e.g. \"9.8 MB\"); "
                + "kept as written"));
        }
    }

    private void ReadDownloads(ListingLine line)
    {
        if (ActionLineParser.TryParseDownloads(line.Text, out var downloads))
        {
            _draft.Downloads = downloads;
            return;
        }

        _draft.Warnings.Add((line.Number,
            $"record {Name} has an unreadable download count {Quote(line.Text)}; read without it"));
    }

    private RecordError? ReadAbstract()
    {
        if (_at == _lines.Count)
            return Truncated("before its abstract");
        var end = RecordStarts.NextBoundary(_lines, _at);
        if (end == _at)
        {
            var next = _lines[_at];
            return new RecordError(_draft.FirstLine,
                $"record {Name} has no abstract: line {next.Number} ({Quote(next.Text)}) follows its header directly", _at);
        }

        _draft.Abstract = AbstractText.Join(_lines, _at, end);
        _at = end;
        return null;
    }

    private RecordError Truncated(string where) => new(_draft.FirstLine,
        $"record {Name} ends {where}: the file stops at line {_lines.LastTextLineNumber} (truncated copy?)", _lines.Count);

    private static string Quote(string text) => DiagnosticBag.Quote(text);
}
