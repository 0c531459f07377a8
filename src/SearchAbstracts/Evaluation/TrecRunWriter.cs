using System.Globalization;

namespace SearchAbstracts.Evaluation;

/// <summary>
/// Writes runs in the standard TREC run format read by trec_eval and pytrec_eval: one line per hit,
/// <c>qid Q0 docid rank score tag</c>, separated by single spaces, rank 1-based in list order, score in
/// shortest round-trip form (so re-reading gives the same double).
/// </summary>
/// <remarks>
/// Hits are written as given (no de-duplication). trec_eval ignores the rank column and re-sorts by score,
/// breaking ties by doc id descending, so on a run with tied scores its numbers match
/// <see cref="RankOrder.TrecEval"/>, not the default <see cref="RankOrder.AsGiven"/>.
/// </remarks>
public static class TrecRunWriter
{
    /// <summary>The run tag written when none is given.</summary>
    public const string DefaultTag = "searchabstracts";

    /// <summary>Writes <paramref name="run"/> to <paramref name="path"/> (UTF-8, LF line ends), queries in the dictionary's order.</summary>
    public static void WriteFile(string path, IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> run, string tag = DefaultTag)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        Write(writer, run, tag);
    }

    /// <summary>Writes every query of <paramref name="run"/>, in the dictionary's enumeration order.</summary>
    public static void Write(TextWriter writer, IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> run, string tag = DefaultTag)
    {
        ArgumentNullException.ThrowIfNull(run);
        foreach (var (queryId, hits) in run)
            WriteQuery(writer, queryId, hits, tag);
    }

    /// <summary>Writes the hits of one query, ranks 1..n in list order.</summary>
    /// <exception cref="ArgumentException">An id or the tag is empty or contains whitespace, or a score is not finite.</exception>
    public static void WriteQuery(TextWriter writer, string queryId, IReadOnlyList<RankedDoc> hits, string tag = DefaultTag)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(hits);
        CheckToken(queryId, "query id");
        CheckToken(tag, "tag");
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            CheckToken(hit.DocId, "doc id");
            if (!double.IsFinite(hit.Score))
                throw new ArgumentException($"query '{queryId}', doc '{hit.DocId}': score {hit.Score} is not finite", nameof(hits));

            writer.Write(queryId);
            writer.Write(" Q0 ");
            writer.Write(hit.DocId);
            writer.Write(' ');
            writer.Write((i + 1).ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(hit.Score.ToString("R", CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.WriteLine(tag);
        }
    }

    private static void CheckToken(string? value, string what)
    {
        if (string.IsNullOrEmpty(value) || value.Any(char.IsWhiteSpace))
            throw new ArgumentException($"{what} '{value}' must be non-empty without whitespace to fit a TREC run line");
    }
}
