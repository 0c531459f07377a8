using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace SearchAbstracts.Schema;

/// <summary>
/// Loads a paper's stored fields into a <see cref="Document"/>, reading the strings that
/// <see cref="BufferingStoredFieldsWriter"/> stored as UTF-8 bytes back as strings (a paper has no binary stored field).
/// </summary>
internal sealed class Utf8StoredFieldVisitor : DocumentStoredFieldVisitor
{
    public override void BinaryField(FieldInfo fieldInfo, byte[] value) => StringField(fieldInfo, Encoding.UTF8.GetString(value));
}
