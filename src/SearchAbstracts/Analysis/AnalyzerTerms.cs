using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace SearchAbstracts.Analysis;

/// <summary>Runs an analyzer over a string and returns the terms, for the places that need terms rather than a query.</summary>
internal static class AnalyzerTerms
{
    public static List<string> Terms(this Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms;
    }

    /// <summary>
    /// Adds the number of times each term occurs in <paramref name="text"/> (times <paramref name="weight"/>) to
    /// <paramref name="counts"/> and returns the number of terms; a term's string is made only when it is new to
    /// <paramref name="counts"/>, however often it occurs (feedback reads ten abstracts a query).
    /// </summary>
    public static int CountTerms(this Analyzer analyzer, string field, string text, Dictionary<string, int> counts, int weight = 1)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        var total = 0;
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var chars = term.Buffer.AsSpan(0, term.Length);
            lookup[chars] = lookup.TryGetValue(chars, out var count) ? count + weight : weight;
            total++;
        }
        stream.End();
        return total;
    }
}
