using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SearchAbstracts.Schema;

/// <summary>
/// A fingerprint of everything a paper record says, so that re-indexing unchanged input can leave the paper
/// alone: indexing compares it with the one stored beside the paper and rewrites only papers whose record changed.
/// </summary>
internal static class ContentHash
{
    /// <summary>Bytes kept of the SHA-256: 128 bits leave no realistic chance of two different records colliding.</summary>
    public const int Length = 16;

    /// <summary>The fingerprint of every field of <paramref name="paper"/>, the source file (by full path, however it was named) and the schema version included.</summary>
    /// <remarks>
    /// The hashed bytes are the UTF-8 of the fields joined by unit separators (and a record separator inside lists),
    /// so "ab"+"c" stays apart from "a"+"bc". They are encoded field by field into this thread's buffer rather than
    /// joined into a string first: that string and its bytes were a tenth of what indexing allocated (arXiv 115k).
    /// Encoding the fields one by one gives the same bytes as encoding them joined, since a separator always stands
    /// between two fields (a lone surrogate at the end of one cannot pair with the start of the next).
    /// </remarks>
    public static byte[] Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var text = _buffer ??= new Utf8Buffer();
        text.Clear();
        text.Field(SchemaInfo.Version);
        text.Field(paper.Id);
        text.Field(paper.Title);
        text.Field(paper.Abstract);
        text.Field(paper.Venue);
        text.Field(paper.Year?.ToString(CultureInfo.InvariantCulture));
        text.Field(paper.Volume);
        text.Field(paper.Issue);
        text.Field(paper.FirstPage);
        text.Field(paper.LastPage);
        text.Field(paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        text.Field(paper.ArticleType);
        text.Field(paper.OpenAccess ? "1" : "0");
        text.Field(paper.PdfSize);
        text.Field(paper.Downloads?.ToString(CultureInfo.InvariantCulture));
        text.List(paper.Authors);
        text.List(paper.Categories);
        text.Append(paper.Source is null ? null : PaperDocumentMapper.SourceKey(paper.Source));
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(text.Written, digest);
        return digest[..Length].ToArray();
    }

    [ThreadStatic]
    private static Utf8Buffer? _buffer;

    /// <summary>The UTF-8 bytes of the fields written so far, in a buffer that only grows.</summary>
    private sealed class Utf8Buffer
    {
        private const byte UnitSeparator = 0x1f;
        private const byte RecordSeparator = 0x1e;
        private byte[] _bytes = new byte[4096];
        private int _length;

        public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, _length);

        public void Clear() => _length = 0;

        /// <summary>A field and the separator after it.</summary>
        public void Field(string? value)
        {
            Append(value);
            Byte(UnitSeparator);
        }

        /// <summary>A list's items between record separators, and the unit separator after it.</summary>
        public void List(IReadOnlyList<string> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0)
                {
                    Byte(RecordSeparator);
                }
                Append(items[i]);
            }
            Byte(UnitSeparator);
        }

        public void Append(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }
            Reserve(Encoding.UTF8.GetMaxByteCount(value.Length));
            _length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length));
        }

        private void Byte(byte value)
        {
            Reserve(1);
            _bytes[_length++] = value;
        }

        private void Reserve(int count)
        {
            if (_length + count > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + count));
            }
        }
    }
}
