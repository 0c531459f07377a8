using Lucene.Net.Documents;

namespace SearchAbstracts.Schema;

/// <summary>
/// Fields indexed as one untouched term (ids, types, venues, categories, acronym keys): the same terms a
/// <see cref="StringField"/> gives, but read through the writer's keyword analyzer (<see cref="Analysis.PaperAnalyzers"/>).
/// </summary>
/// <remarks>
/// Why not <see cref="StringField"/>: Lucene.Net gives every new string field its own token stream, and creating one
/// takes a process-wide lock in the attribute factory. With two indexing threads that lock was a fifth of the
/// indexing time (arXiv 115k, dotnet-trace); the analyzer's token streams are made once per thread and reused.
/// </remarks>
internal static class KeywordFields
{
    private static readonly FieldType Stored = Create(StringField.TYPE_STORED);
    private static readonly FieldType NotStored = Create(StringField.TYPE_NOT_STORED);

    /// <summary>A field whose one term is <paramref name="value"/>; every field created here must map to the keyword analyzer.</summary>
    public static Field Create(string name, string value, Field.Store store) => new(name, value, store == Field.Store.YES ? Stored : NotStored);

    private static FieldType Create(FieldType stringType)
    {
        var type = new FieldType(stringType) { IsTokenized = true };
        type.Freeze();
        return type;
    }
}
