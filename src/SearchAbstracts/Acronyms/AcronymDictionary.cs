using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Acronyms;

/// <summary>
/// The acronym definitions of one index reader, loaded into memory on first use: a ten-word query asks for some
/// thirty runs of words whether they are a known long form, and answering from a dictionary instead of seeking
/// the terms of every segment keeps that to microseconds. Built once per reader (a refresh gets a new one).
/// </summary>
internal sealed class AcronymDictionary
{
    private static readonly ConditionalWeakTable<IndexReader, AcronymDictionary> Cache = [];

    private readonly Dictionary<string, string> _longForms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _acronyms = new(StringComparer.Ordinal);

    private AcronymDictionary()
    {
    }

    /// <summary>The dictionary of <paramref name="reader"/>, built on the first call for that reader.</summary>
    public static AcronymDictionary For(IndexReader reader) => Cache.GetValue(reader, Build);

    /// <summary>The most common long form defined for <paramref name="acronym"/> (lower case), or null.</summary>
    public string? LongFormOf(string acronym) => _longForms.GetValueOrDefault(acronym);

    /// <summary>The most common acronym defined for a long form, given as its stems joined by spaces, or null.</summary>
    public string? AcronymOf(string stemKey) => _acronyms.GetValueOrDefault(stemKey);

    private static AcronymDictionary Build(IndexReader reader)
    {
        var dictionary = new AcronymDictionary();
        // acronym␟Original␟long form: the long form with the most defining papers wins, summed over spellings; ties by text.
        var longForms = new Dictionary<(string Acronym, string LongForm), int>();
        foreach (var (parts, papers) in AllTerms(reader, PaperFields.Acronym))
        {
            if (parts.Length == 3)
            {
                var key = (parts[0], parts[2]);
                longForms[key] = longForms.GetValueOrDefault(key) + papers;
            }
        }
        foreach (var group in longForms.GroupBy(kv => kv.Key.Acronym, StringComparer.Ordinal))
        {
            dictionary._longForms[group.Key] = group
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.LongForm, StringComparer.Ordinal)
                .First().Key.LongForm;
        }
        // stem key␟acronym: the acronym with the most defining papers wins; ties by text.
        var best = new Dictionary<string, (string Acronym, int Papers)>(StringComparer.Ordinal);
        foreach (var (parts, papers) in AllTerms(reader, PaperFields.AcronymLongForm))
        {
            if (parts.Length != 2)
            {
                continue;
            }
            if (!best.TryGetValue(parts[0], out var current) || papers > current.Papers
                || (papers == current.Papers && string.CompareOrdinal(parts[1], current.Acronym) < 0))
            {
                best[parts[0]] = (parts[1], papers);
            }
        }
        foreach (var (key, value) in best)
        {
            dictionary._acronyms[key] = value.Acronym;
        }
        return dictionary;
    }

    private static IEnumerable<(string[] Parts, int Papers)> AllTerms(IndexReader reader, string field)
    {
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
        {
            yield break;
        }
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            yield return (iterator.Term.Utf8ToString().Split(AcronymTerms.Separator), iterator.DocFreq);
        }
    }
}
