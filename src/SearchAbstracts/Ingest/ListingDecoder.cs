using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace SearchAbstracts.Ingest;

/// <summary>
/// Turns a file's bytes into text, strictly: a listing saved in another encoding would otherwise be read
/// with replacement characters in titles and abstracts, and nobody would notice until a search fails.
/// </summary>
internal static class ListingDecoder
{
    private const string Fix = "save it as UTF-8 and index it again";

    /// <summary>The text without its UTF-8 byte-order mark, or null with a sentence saying why it is not UTF-8 text.</summary>
    public static string? Decode(byte[] bytes, out string problem)
    {
        problem = string.Empty;
        if (StartsWith(bytes, 0xFF, 0xFE) || StartsWith(bytes, 0xFE, 0xFF))
        {
            problem = $"not UTF-8 text (it is UTF-16, which starts with a 0x{bytes[0]:X2} 0x{bytes[1]:X2} byte-order mark); {Fix}";
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            problem = NulProblem(LineAt(bytes, nul));
            return null;
        }

        var body = bytes.AsSpan(StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0);
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = bytes.Length - body.Length + read;
            problem = $"not UTF-8 text (invalid byte 0x{bytes[offset]:X2} at line {LineAt(bytes, offset)}); {Fix}";
            return null;
        }

        return new string(chars, 0, written);
    }

    /// <summary>The sentence for text containing a NUL character, which no listing has: the file is binary.</summary>
    public static string NulProblem(int line) =>
        string.Create(CultureInfo.InvariantCulture,
            $"not UTF-8 text (NUL byte at line {line}, so probably a binary file); {Fix}");

    private static bool StartsWith(byte[] bytes, params ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>The 1-based line of a byte, counted the way <see cref="ListingLines.Split"/> counts lines.</summary>
    private static int LineAt(byte[] bytes, int offset) =>
        ListingLines.Split(Encoding.UTF8.GetString(bytes, 0, offset)).Count;
}
