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
    public static byte[] Of(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        // Unit separators between fields (and a record separator inside lists) keep "ab"+"c" apart from "a"+"bc".
        var text = new StringBuilder(paper.Title.Length + paper.Abstract.Length + 256)
            .Append(SchemaInfo.Version).Append('\u001f')
            .Append(paper.Id).Append('\u001f')
            .Append(paper.Title).Append('\u001f')
            .Append(paper.Abstract).Append('\u001f')
            .Append(paper.Venue).Append('\u001f')
            .Append(paper.Year?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(paper.Volume).Append('\u001f')
            .Append(paper.Issue).Append('\u001f')
            .Append(paper.FirstPage).Append('\u001f')
            .Append(paper.LastPage).Append('\u001f')
            .Append(paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(paper.ArticleType).Append('\u001f')
            .Append(paper.OpenAccess ? '1' : '0').Append('\u001f')
            .Append(paper.PdfSize).Append('\u001f')
            .Append(paper.Downloads?.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .AppendJoin('\u001e', paper.Authors).Append('\u001f')
            .AppendJoin('\u001e', paper.Categories).Append('\u001f')
            .Append(paper.Source is null ? null : PaperDocumentMapper.SourceKey(paper.Source))
            .ToString();
        var bytes = Encoding.UTF8.GetBytes(text);
        return SHA256.HashData(bytes)[..Length];
    }
}
