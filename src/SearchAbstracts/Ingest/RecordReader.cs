namespace SearchAbstracts.Ingest;

/// <summary>
/// Reads one record, field by field: badge, title, citation, then the short field lines in any order
/// (<c>Published:</c>, actions, <c>Downloads:</c>), then the abstract up to the next record or the <c>Total</c> line.
/// Blank lines may appear anywhere. Any missing required part skips the whole record with one error, and reading goes
/// on after the rest of its header, so that one damaged record is reported once and costs no other record.
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
        var error = kind == StartKind.Damaged
            ? DamagedHeader.Describe(lines, start)
            : reader.ReadBadge(kind) ?? reader.ReadTitle() ?? reader.ReadCitation() ?? reader.ReadFields() ?? reader.ReadAbstract();
        if (error is not null)
        {
            diagnostics.Error(error.Line, error.Message + "; record skipped");
            var next = RecordStarts.NextBoundary(lines, RecordStarts.SkipHeader(lines, error.ResumeAt));
            return (null, Math.Max(next, start + 1));
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
        if (StartsSomethingElse(_at))
            return EndsEarly("after its article-type line");
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
        if (StartsSomethingElse(_at))
            return EndsEarly("after its title");
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
            else if (IsGarbledFieldLine(_at))
                return GarbledFieldLine(line);
            else
                break;
        }

        if (_draft.Published is null)
            _draft.Warnings.Add((_draft.FirstLine, $"record {Name} has no \"Published:\" line; read without a date"));
        return null;
    }

    /// <summary>
    /// A line that is neither a field line nor the abstract: it sits right under a header line and more header lines follow
    /// (a date whose label is garbled, a line of garbage, a second citation). With a blank line above it, it is the start
    /// of the abstract: garbage between records may hold a field line, and must not cost the record above it.
    /// </summary>
    private bool IsGarbledFieldLine(int index)
    {
        var next = _lines.NextNonBlank(index + 1);
        if (next == _lines.Count || _lines[index - 1].IsBlank || ListingChrome.IsChrome(_lines[index].Text)
            || RecordStarts.At(_lines, index) == StartKind.Typed)
            return false;
        // A citation further down may begin the next record, one that lost its badge and title.
        return RecordStarts.IsFieldLine(_lines[next].Text) || (next == index + 1 && CitationParser.IsCitation(_lines[next].Text));
    }

    private RecordError GarbledFieldLine(ListingLine line) => new(line.Number,
        $"record {Name} has an unreadable line {Quote(line.Text)} among its header lines (expected \"Published: …\", "
        + "\"Abstract … Collect\" or \"Downloads: N\")", _at);

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
        var first = _lines[_at];
        if (ListingChrome.IsChrome(first.Text) || RecordStarts.At(_lines, _at) == StartKind.Typed || RecordStarts.IsAnchor(_lines, _at))
        {
            return new RecordError(_draft.FirstLine,
                $"record {Name} has no abstract: line {first.Number} ({Quote(first.Text)}) follows its header directly", _at);
        }

        // The abstract's first line is never the start of another record: a line of text right under a header is this
        // record's abstract, not the title of a record that lost its badge (that one is reported by its citation instead).
        var end = RecordStarts.NextBoundary(_lines, _at + 1);

        _draft.Abstract = AbstractText.Join(_lines, _at, end);
        _at = end;
        return null;
    }

    /// <summary>The line in a header slot begins another record, or is the listing's <c>Sort:</c>/<c>Total</c> line.</summary>
    private bool StartsSomethingElse(int index) =>
        ListingChrome.IsChrome(_lines[index].Text) || RecordStarts.At(_lines, index) == StartKind.Typed;

    /// <summary>A record cut short: reported at its first line, as the line in the slot belongs to what comes next.</summary>
    private RecordError EndsEarly(string where)
    {
        var next = _lines[_at];
        var what = ListingChrome.TryParseTotal(next.Text, out _) ? "ends the listing"
            : ListingChrome.IsSort(next.Text) ? "is the page's Sort: line" : "starts the next record";
        return new RecordError(_draft.FirstLine,
            $"record {Name} ends {where}: line {next.Number} ({Quote(next.Text)}) {what} (cut short?)", _at);
    }

    private RecordError Truncated(string where) => new(_draft.FirstLine,
        $"record {Name} ends {where}: the file stops at line {_lines.LastTextLineNumber} (truncated copy?)", _lines.Count);

    private static string Quote(string text) => DiagnosticBag.Quote(text);
}
