using System.Globalization;

namespace SearchAbstracts.Evaluation;

/// <summary>
/// Reads a TREC run file (<c>qid Q0 docid rank score tag</c>, whitespace separated, blank lines skipped)
/// back into a run, for tests and for comparing runs.
/// </summary>
public static class TrecRunReader
{
    /// <summary>
    /// Reads <paramref name="path"/>. Queries come in order of first appearance; each query's hits are in
    /// ascending rank-column order, lines with equal ranks keeping file order. The second and sixth columns
    /// are not checked.
    /// </summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names <c>file:line</c> and the problem.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    /// <summary>Reads a run from <paramref name="reader"/>; <paramref name="source"/> names it in error messages.</summary>
    /// <exception cref="InvalidDataException">A line is malformed; the message names <c>source:line</c> and the problem.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<RankedDoc>> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var byQuery = new Dictionary<string, List<(long Rank, RankedDoc Doc)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var fields = DataError.Fields(line);
            if (fields.Length == 0)
                continue;
            if (fields.Length != 6)
                throw DataError.At(source, lineNumber, $"expected 6 fields (qid Q0 docid rank score tag), found {fields.Length}");
            if (!long.TryParse(fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var rank))
                throw DataError.At(source, lineNumber, $"rank '{fields[3]}' is not an integer");
            if (!double.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) || !double.IsFinite(score))
                throw DataError.At(source, lineNumber, $"score '{fields[4]}' is not a finite number");

            if (!byQuery.TryGetValue(fields[0], out var hits))
            {
                hits = [];
                byQuery.Add(fields[0], hits);
                order.Add(fields[0]);
            }

            hits.Add((rank, new RankedDoc(fields[2], score)));
        }

        var run = new Dictionary<string, IReadOnlyList<RankedDoc>>(order.Count, StringComparer.Ordinal);
        foreach (var queryId in order)
            run.Add(queryId, byQuery[queryId].OrderBy(h => h.Rank).Select(h => h.Doc).ToArray());
        return run;
    }
}
