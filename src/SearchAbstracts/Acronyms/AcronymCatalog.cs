using Lucene.Net.Index;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Acronyms;

/// <summary>Lists the acronym definitions learned from an index, most common first.</summary>
internal static class AcronymCatalog
{
    public static IReadOnlyList<AcronymCount> List(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, PaperFields.Acronym);
        if (terms is null)
        {
            return [];
        }
        var counts = new Dictionary<(string Acronym, string LongForm), Dictionary<string, int>>();
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var parts = iterator.Term.Utf8ToString().Split(AcronymTerms.Separator);
            var key = (parts[0], parts[2]);
            if (!counts.TryGetValue(key, out var spellings))
            {
                counts[key] = spellings = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            spellings[parts[1]] = spellings.GetValueOrDefault(parts[1]) + iterator.DocFreq;
        }
        return counts
            .Select(kv => new AcronymCount(
                kv.Value.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                kv.Key.LongForm,
                kv.Value.Values.Sum()))
            .OrderByDescending(a => a.Papers)
            .ThenBy(a => a.Acronym, StringComparer.Ordinal)
            .ThenBy(a => a.LongForm, StringComparer.Ordinal)
            .ToList();
    }
}
