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
        var longForms = new Dictionary<string, (string LongForm, int Papers)>(StringComparer.Ordinal);
        foreach (var (term, papers) in DocumentFrequencies(reader, PaperFields.Acronym))
        {
            var first = term.IndexOf(AcronymTerms.Separator, StringComparison.Ordinal);
            var second = first < 0 ? -1 : term.IndexOf(AcronymTerms.Separator, first + 1);
            if (second < 0)
            {
                continue;
            }
            var key = string.Concat(term.AsSpan(0, first), "\u001f", term.AsSpan(second + 1));
            var sum = longForms.GetValueOrDefault(key).Papers + papers;
            longForms[key] = (term[(second + 1)..], sum);
        }
        var best = new Dictionary<string, (string Text, int Papers)>(StringComparer.Ordinal);
        foreach (var (key, (longForm, papers)) in longForms)
        {
            Keep(best, key[..key.IndexOf(AcronymTerms.Separator, StringComparison.Ordinal)], longForm, papers);
        }
        foreach (var (acronym, value) in best)
        {
            dictionary._longForms[acronym] = value.Text;
        }
        // stem key␟acronym: the acronym with the most defining papers wins; ties by text.
        best.Clear();
        foreach (var (term, papers) in DocumentFrequencies(reader, PaperFields.AcronymLongForm))
        {
            var separator = term.IndexOf(AcronymTerms.Separator, StringComparison.Ordinal);
            if (separator > 0)
            {
                Keep(best, term[..separator], term[(separator + 1)..], papers);
            }
        }
        foreach (var (key, value) in best)
        {
            dictionary._acronyms[key] = value.Text;
        }
        return dictionary;
    }

    private static void Keep(Dictionary<string, (string Text, int Papers)> best, string key, string text, int papers)
    {
        if (!best.TryGetValue(key, out var current) || papers > current.Papers
            || (papers == current.Papers && string.CompareOrdinal(text, current.Text) < 0))
        {
            best[key] = (text, papers);
        }
    }

    /// <summary>Every term of <paramref name="field"/> with its document frequency summed over the segments (one pass per segment, no merged enumeration).</summary>
    private static Dictionary<string, int> DocumentFrequencies(IndexReader reader, string field)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null)
            {
                continue;
            }
            var iterator = terms.GetEnumerator();
            while (iterator.MoveNext())
            {
                var term = iterator.Term.Utf8ToString();
                frequencies[term] = frequencies.GetValueOrDefault(term) + iterator.DocFreq;
            }
        }
        return frequencies;
    }
}
