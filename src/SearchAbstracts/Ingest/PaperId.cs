using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Makes the index key of a paper from its citation, so that indexing the same listing again replaces
/// the papers instead of duplicating them, and so that an id can be read and typed by a person.
/// </summary>
public static class PaperId
{
    /// <summary>
    /// Builds <c>{venue-slug}-{year}-{volume}-{issue}-{firstPage}</c>, lower-case ASCII, leaving out the parts
    /// that are missing: e.g. <c>journal-of-tsinghua-university-science-and-technology-2022-62-5-943</c>.
    /// </summary>
    /// <param name="venue">The venue as printed; accents are folded and every run of other characters becomes one <c>-</c>.</param>
    /// <param name="year">The publication year.</param>
    /// <param name="volume">The volume, or null.</param>
    /// <param name="issue">The issue, or null.</param>
    /// <param name="firstPage">The first page, or null.</param>
    /// <returns>The same id for the same citation, always.</returns>
    /// <exception cref="ArgumentException">The venue is empty.</exception>
    public static string FromCitation(string venue, int year, string? volume, string? issue, string? firstPage)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(venue);
        var parts = new List<string> { VenueSlug(venue), year.ToString(CultureInfo.InvariantCulture) };
        foreach (var part in (ReadOnlySpan<string?>)[volume, issue, firstPage])
        {
            var slug = Slug(part ?? string.Empty);
            if (slug.Length > 0)
                parts.Add(slug);
        }

        return string.Join('-', parts);
    }

    /// <summary>
    /// A venue with no Latin letters or digits (e.g. written in Chinese) would slug to nothing and collide with
    /// every other such venue, so it gets a short stable hash of its name instead.
    /// </summary>
    private static string VenueSlug(string venue)
    {
        var slug = Slug(venue);
        if (slug.Length > 0)
            return slug;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(venue.Trim()));
        return "venue-" + Convert.ToHexStringLower(hash)[..8];
    }

    private static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text)
        {
            if (LatinFolding.IsCombiningMark(c))
                continue;
            foreach (var folded in LatinFolding.Fold(c))
            {
                if (!char.IsAsciiLetterOrDigit(folded))
                {
                    dash = true;
                    continue;
                }

                if (dash && slug.Length > 0)
                    slug.Append('-');
                slug.Append(folded);
                dash = false;
            }
        }

        return slug.ToString();
    }
}
