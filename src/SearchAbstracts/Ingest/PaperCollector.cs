namespace SearchAbstracts.Ingest;

/// <summary>
/// Gathers streamed papers into a list for the whole-file reading methods; a later record with an id already
/// seen takes the earlier one's place, so the list holds each id once (the reader has warned about it).
/// </summary>
internal sealed class PaperCollector
{
    private readonly List<Paper> _papers = [];
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public IReadOnlyList<Paper> Papers => _papers;

    public void Add(Paper paper)
    {
        if (_indexes.TryGetValue(paper.Id, out var index))
        {
            _papers[index] = paper;
            return;
        }
        _indexes.Add(paper.Id, _papers.Count);
        _papers.Add(paper);
    }
}
