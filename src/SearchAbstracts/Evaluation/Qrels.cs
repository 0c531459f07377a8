using System.Globalization;

namespace SearchAbstracts.Evaluation;

/// <summary>
/// Relevance judgments (qrels) of a test collection: per query, the graded relevance of the documents
/// that were judged. A query counts as judged when it has at least one row, even if every grade is 0.
/// </summary>
public sealed class Qrels
{
    private static readonly IReadOnlyList<string> NoDocs = [];
    private static readonly IReadOnlyList<int> NoGains = [];

    private readonly Dictionary<string, QueryJudgments> byQuery = new(StringComparer.Ordinal);
    private readonly List<string> queryIds = [];

    private Qrels()
    {
    }

    /// <summary>Judged query ids, in the order they first appear.</summary>
    public IReadOnlyList<string> QueryIds => queryIds;

    /// <summary>Number of distinct (query, document) judgments.</summary>
    public int JudgmentCount => byQuery.Values.Sum(q => q.Count);

    /// <summary>
    /// Reads a qrels file: BEIR TSV (<c>query-id corpus-id score</c>, header optional) or TREC qrels
    /// (<c>query-id iteration doc-id grade</c>). Fields are separated by tabs or spaces; blank lines are skipped.
    /// </summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names <c>file:line</c> and the problem.</exception>
    public static Qrels Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads qrels from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names <c>source:line</c> and the problem.</exception>
    public static Qrels Read(TextReader reader, string source)
    {
        var qrels = new Qrels();
        var columns = 0;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = DataError.Fields(line);
            if (fields.Length == 0)
                continue;
            if (columns == 0 && IsBeirHeader(fields))
            {
                columns = 3;
                continue;
            }

            if (fields.Length is not (3 or 4))
                throw DataError.At(source, lineNumber, $"expected 3 fields (query-id corpus-id score) or 4 (TREC qrels), found {fields.Length}");
            if (columns != 0 && fields.Length != columns)
                throw DataError.At(source, lineNumber, $"expected {columns} fields like the rows before, found {fields.Length}");
            columns = fields.Length;

            var gradeText = fields[^1];
            if (!int.TryParse(gradeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
                throw DataError.At(source, lineNumber, $"grade '{gradeText}' is not an integer");

            var problem = qrels.Add(fields[0], fields[columns == 3 ? 1 : 2], grade);
            if (problem is not null)
                throw DataError.At(source, lineNumber, problem);
        }

        return qrels;
    }

    /// <summary>Builds qrels from judgments in memory (tests, or judgments from another source).</summary>
    /// <exception cref="ArgumentException">A document is judged twice for one query with different grades.</exception>
    public static Qrels FromJudgments(IEnumerable<Judgment> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        var qrels = new Qrels();
        foreach (var j in judgments)
        {
            var problem = qrels.Add(j.QueryId, j.DocId, j.Grade);
            if (problem is not null)
                throw new ArgumentException($"query '{j.QueryId}': {problem}", nameof(judgments));
        }

        return qrels;
    }

    /// <summary>Whether <paramref name="queryId"/> has at least one judgment.</summary>
    public bool IsJudged(string queryId) => byQuery.ContainsKey(queryId);

    /// <summary>The grade of <paramref name="docId"/> for <paramref name="queryId"/>; 0 when unjudged.</summary>
    public int Grade(string queryId, string docId) =>
        byQuery.TryGetValue(queryId, out var q) ? q.Grade(docId) : 0;

    /// <summary>Whether <paramref name="docId"/> is relevant (grade &gt; 0) to <paramref name="queryId"/>.</summary>
    public bool IsRelevant(string queryId, string docId) => Grade(queryId, docId) > 0;

    /// <summary>The relevant documents (grade &gt; 0) of <paramref name="queryId"/>, in judgment order; empty when none.</summary>
    public IReadOnlyList<string> RelevantDocs(string queryId) =>
        byQuery.TryGetValue(queryId, out var q) ? q.Relevant : NoDocs;

    /// <summary>
    /// The gains of the ideal ranking of <paramref name="queryId"/>: every positive grade judged for it,
    /// sorted descending (grade-0 judgments add nothing and are left out). Empty when nothing is relevant.
    /// </summary>
    public IReadOnlyList<int> IdealGains(string queryId) =>
        byQuery.TryGetValue(queryId, out var q) ? q.IdealGains : NoGains;

    private string? Add(string queryId, string docId, int grade)
    {
        if (!byQuery.TryGetValue(queryId, out var q))
        {
            q = new QueryJudgments();
            byQuery.Add(queryId, q);
            queryIds.Add(queryId);
        }

        return q.Add(docId, grade);
    }

    private static bool IsBeirHeader(string[] fields) =>
        fields.Length == 3
        && fields[0].Equals("query-id", StringComparison.OrdinalIgnoreCase)
        && fields[1].Equals("corpus-id", StringComparison.OrdinalIgnoreCase)
        && fields[2].Equals("score", StringComparison.OrdinalIgnoreCase);
}
