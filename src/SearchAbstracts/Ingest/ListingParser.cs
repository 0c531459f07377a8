namespace SearchAbstracts.Ingest;

/// <summary>
/// Walks a listing top to bottom: skips the <c>Sort:</c> and <c>Total</c> lines, hands each record start to
/// <see cref="RecordReader"/>, and reports text that belongs to no record instead of silently dropping it.
/// </summary>
internal sealed class ListingParser
{
    private readonly ListingLines _lines;
    private readonly string _source;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Paper> _papers = [];
    private readonly List<(int Line, int Total)> _totals = [];
    private int _skipped;

    private ListingParser(string text, string source)
    {
        _lines = ListingLines.Split(text);
        _source = source;
        _diagnostics = new DiagnosticBag(source);
    }

    public static PaperReadResult Parse(string text, string source)
    {
        // A BOM survives decoding when the caller read the file with a BOM-blind API; it is not content.
        text = text.StartsWith('\uFEFF') ? text[1..] : text;
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
            return Unreadable(source, ListingDecoder.NulProblem(ListingLines.Split(text[..nul]).Count));
        return new ListingParser(text, source).Run();
    }

    /// <summary>The result for a file nothing can be read from.</summary>
    public static PaperReadResult Unreadable(string source, string problem) =>
        new([], [new Diagnostic(source, 0, DiagnosticSeverity.Error, problem)]) { Unreadable = true };

    private PaperReadResult Run()
    {
        for (var i = _lines.NextNonBlank(0); i < _lines.Count; i = _lines.NextNonBlank(i))
            i = Step(i);
        CheckTotals();
        if (_papers.Count + _skipped == 0)
        {
            _diagnostics.Error(0, "contains no records (expected text copied from the journal's search page, "
                + "records starting with a line such as \"Open Access Issue\"; see seeds/README.md)");
        }

        return new PaperReadResult(_papers, _diagnostics.Items) { Skipped = _skipped };
    }

    /// <summary>Handles the line at <paramref name="i"/> and returns the index of the next line to look at.</summary>
    private int Step(int i)
    {
        var text = _lines[i].Text;
        if (ListingChrome.IsSort(text))
            return i + 1;
        if (ListingChrome.TryParseTotal(text, out var total))
        {
            _totals.Add((_lines[i].Number, total));
            return i + 1;
        }

        var kind = RecordStarts.At(_lines, i);
        if (kind == StartKind.None)
            return SkipStrayText(i);
        var (paper, next) = RecordReader.Read(_lines, i, kind, _diagnostics, _source);
        if (paper is null)
            _skipped++;
        else
            _papers.Add(paper);
        return next;
    }

    /// <summary>Text before the first record (or after a <c>Total</c> line) is reported once per stretch.</summary>
    private int SkipStrayText(int i)
    {
        var end = RecordStarts.NextBoundary(_lines, i + 1);
        var count = 0;
        for (var j = i; j < end; j++)
            count += _lines[j].IsBlank ? 0 : 1;
        var what = count == 1 ? "1 line" : $"{count} lines";
        _diagnostics.Warning(_lines[i].Number,
            $"{what} of text outside any record ignored, starting {DiagnosticBag.Quote(_lines[i].Text)}");
        return end;
    }

    /// <summary>The page's own count is a cheap check that no record was missed or merged into another.</summary>
    private void CheckTotals()
    {
        var found = _papers.Count + _skipped;
        foreach (var (line, total) in _totals.Where(t => t.Total != found))
        {
            var records = found == 1 ? "1 record was" : $"{found} records were";
            _diagnostics.Warning(line, $"listing says Total {total} but {records} found");
        }
    }
}
