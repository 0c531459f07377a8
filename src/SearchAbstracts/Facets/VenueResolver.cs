using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Facets;

/// <summary>
/// Maps the venue names a user typed to the exact names in the index: the exact name, the same name in
/// another case, or a unique part of one (<c>big data</c> → <c>Big Data Mining and Analytics</c>). A name that
/// matches nothing, or several venues, is an error that lists the choices, never an empty result.
/// </summary>
internal static class VenueResolver
{
    public static IReadOnlySet<string> Resolve(IndexReader reader, IReadOnlyList<string> requested, ICollection<string> notices)
    {
        var resolved = new HashSet<string>(StringComparer.Ordinal);
        if (requested.Count == 0)
        {
            return resolved;
        }
        var known = KnownVenues(reader);
        foreach (var name in requested)
        {
            var venue = ResolveOne(name.Trim(), known);
            if (venue != name)
            {
                notices.Add($"--venue '{name}' read as '{venue}'");
            }
            resolved.Add(venue);
        }
        return resolved;
    }

    private static string ResolveOne(string name, IReadOnlyList<string> known)
    {
        if (known.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }
        var sameName = known.Where(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameName.Count == 1)
        {
            return sameName[0];
        }
        var containing = known.Where(v => v.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        return containing.Count switch
        {
            1 => containing[0],
            0 => throw new InvalidRequestException(
                $"no venue matches '{name}'; venues in this index: {string.Join("; ", known)}"),
            _ => throw new InvalidRequestException(
                $"'{name}' matches {containing.Count} venues ({string.Join("; ", containing)}); give more of the name"),
        };
    }

    private static List<string> KnownVenues(IndexReader reader)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var label = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var values = leaf.AtomicReader.GetSortedDocValues(PaperFields.VenueExact);
            for (var ord = 0; values is not null && ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, label);
                names.Add(label.Utf8ToString());
            }
        }
        return [.. names];
    }
}
