using System.Globalization;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Folds Latin letters with accents to plain lower-case ASCII (é → e, Ł → l, ß → ss) for ids.
/// </summary>
/// <remarks>
/// The library is built with invariant globalization, where <see cref="string.Normalize()"/> has no Unicode
/// data and returns its input unchanged, so decomposition cannot be used; these tables cover Latin-1,
/// Latin Extended-A, the Romanian comma letters, full-width ASCII and the common ligatures, which is what
/// journal names written in Latin script use. Anything else is left alone (and becomes a separator in a slug).
/// </remarks>
internal static class LatinFolding
{
    // One letter per code point; '?' marks the letters spelled with two (see Special), '-' marks ×, ÷.
    private const string Latin1 = "aaaaaa?ceeeeiiiidnooooo-ouuuuy??aaaaaa?ceeeeiiiidnooooo-ouuuuy?y"; // U+00C0..U+00FF
    private const string ExtendedA =                                                                    // U+0100..U+017F
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii??jjkkkllllllllllnnnnnnnnnoooooo??rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    private const int FullWidthOffset = 0xFEE0; // U+FF01..U+FF5E are U+0021..U+007E, full width

    /// <summary>Folds one character to lower-case ASCII text, or returns it unchanged (lower-cased) if unknown.</summary>
    public static string Fold(char c) => c switch
    {
        < '\u0080' => char.ToLowerInvariant(c).ToString(),
        >= '\u00C0' and <= '\u00FF' when Latin1[c - 0xC0] != '?' => Latin1[c - 0xC0].ToString(),
        >= '\u0100' and <= '\u017F' when ExtendedA[c - 0x100] != '?' => ExtendedA[c - 0x100].ToString(),
        >= '\u0218' and <= '\u0219' => "s",
        >= '\u021A' and <= '\u021B' => "t",
        >= '\uFF01' and <= '\uFF5E' => char.ToLowerInvariant((char)(c - FullWidthOffset)).ToString(),
        _ => Special(c),
    };

    /// <summary>True for combining accents, which belong to the letter before them and must not split a word.</summary>
    public static bool IsCombiningMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static string Special(char c) => c switch
    {
        'Æ' or 'æ' => "ae",
        'Œ' or 'œ' => "oe",
        'Þ' or 'þ' => "th",
        'ß' => "ss",
        'Ĳ' or 'ĳ' => "ij",
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        _ => char.ToLowerInvariant(c).ToString(),
    };
}
