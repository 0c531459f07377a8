using System.Text;

namespace SearchAbstracts.Ingest;

/// <summary>Turns the abstract's lines back into text.</summary>
internal static class AbstractText
{
    /// <summary>
    /// Lines of one paragraph are rejoined with single spaces (the listing wraps long abstracts, the words do
    /// not change); paragraphs, separated by one or more blank lines, are joined with <c>"\n\n"</c>.
    /// Characters are otherwise kept exactly as given: no quote, dash or digit-group normalisation.
    /// </summary>
    public static string Join(ListingLines lines, int from, int end)
    {
        var text = new StringBuilder();
        var pendingBreak = string.Empty;
        for (var i = from; i < end; i++)
        {
            var line = lines[i].Text;
            if (line.Length == 0)
            {
                pendingBreak = text.Length > 0 ? "\n\n" : string.Empty;
                continue;
            }

            text.Append(pendingBreak).Append(line);
            pendingBreak = " ";
        }

        return text.ToString();
    }
}
