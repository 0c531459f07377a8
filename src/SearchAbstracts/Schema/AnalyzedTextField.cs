using Lucene.Net.Documents;
using SearchAbstracts.Analysis;

namespace SearchAbstracts.Schema;

/// <summary>
/// The stored title, which also carries the paper's analyzed title, abstract, authors and compounds to the segment's
/// <see cref="TextPostingsBuffer"/>: Lucene hands it to the segment's stored-fields writer
/// (<see cref="BufferingStoredFieldsFormat"/>), which buffers the words for the document being written.
/// </summary>
internal sealed class AnalyzedTextField : Field
{
    public AnalyzedTextField(string name, string value, AnalyzedText title, AnalyzedText summary, AnalyzedText? authors = null, AnalyzedText? compounds = null)
        : base(name, value, StoredField.TYPE)
    {
        Title = title;
        Summary = summary;
        Authors = authors;
        Compounds = compounds;
    }

    /// <summary>The title's tokens.</summary>
    public AnalyzedText Title { get; }

    /// <summary>The abstract's tokens.</summary>
    public AnalyzedText Summary { get; }

    /// <summary>The authors' tokens, every author after the one before (null when the paper names none).</summary>
    public AnalyzedText? Authors { get; }

    /// <summary>The joined hyphenated words of title and abstract, for the <c>compound</c> field (null when none is buffered).</summary>
    public AnalyzedText? Compounds { get; }
}
