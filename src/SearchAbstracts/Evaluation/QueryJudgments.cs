namespace SearchAbstracts.Evaluation;

/// <summary>The judgments of one query, with the lists the metrics need computed once.</summary>
internal sealed class QueryJudgments
{
    private readonly Dictionary<string, int> grades = new(StringComparer.Ordinal);
    private readonly List<string> relevant = [];
    private int[]? idealGains;

    /// <summary>Number of judged documents.</summary>
    public int Count => grades.Count;

    /// <summary>Relevant documents (grade &gt; 0) in the order they were judged.</summary>
    public IReadOnlyList<string> Relevant => relevant;

    /// <summary>Positive grades sorted descending: the gains of the ideal ranking.</summary>
    public IReadOnlyList<int> IdealGains => idealGains ??= [.. relevant.Select(d => grades[d]).OrderDescending()];

    /// <summary>The grade of <paramref name="docId"/>, 0 when it was not judged.</summary>
    public int Grade(string docId) => grades.GetValueOrDefault(docId);

    /// <summary>Adds a judgment; returns the problem when it contradicts an earlier one, else null.</summary>
    public string? Add(string docId, int grade)
    {
        if (grades.TryGetValue(docId, out var earlier))
            return earlier == grade ? null : $"document '{docId}' is judged again with grade {grade} (earlier {earlier})";

        grades.Add(docId, grade);
        if (grade > 0)
            relevant.Add(docId);
        idealGains = null;
        return null;
    }
}
