using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Acronyms;

/// <summary>
/// How acronym definitions live in the index: two untokenized fields per defining paper, so that counts come
/// from document frequencies and stay right as papers are replaced. <see cref="PaperFields.Acronym"/> holds
/// <c>moe␟MoE␟mixture-of-experts</c> (looked up by acronym) and <see cref="PaperFields.AcronymLongForm"/> holds
/// <c>mixtur expert␟moe</c> (looked up by the stems of a long form).
/// </summary>
internal static class AcronymTerms
{
    public const char Separator = '\u001f';

    private static readonly Analyzer Stems = EnglishTextAnalyzer.Shared;

    public static void AddTo(Document doc, Paper paper)
    {
        // Title and abstract one after the other, as if joined by a line break, without joining them (a copy of every
        // paper's text, most of which define nothing): a long form never reaches back across a line break, and a
        // parenthesized acronym never spans one, so each text finds the same definitions alone.
        HashSet<string>? seen = null;
        foreach (var text in (ReadOnlySpan<string>)[paper.Title, paper.Abstract])
        {
            foreach (var definition in AcronymExtractor.Extract(text))
            {
                var acronym = definition.Acronym.ToLowerInvariant();
                var longForm = definition.LongForm.ToLowerInvariant();
                if ((seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(acronym + Separator + longForm))
                {
                    doc.Add(KeywordFields.Create(PaperFields.Acronym, $"{acronym}{Separator}{definition.Acronym}{Separator}{longForm}", Field.Store.NO));
                    doc.Add(KeywordFields.Create(PaperFields.AcronymLongForm, $"{StemKey(longForm)}{Separator}{acronym}", Field.Store.NO));
                }
            }
        }
    }

    /// <summary>The stems of a text joined by spaces: the key a long form is looked up by.</summary>
    /// <remarks>Analyzed into a reused <see cref="AnalyzedText"/> (its stems are those of <see cref="StemsOf"/>, tested), and joined without a string per stem: indexing makes a key for every definition.</remarks>
    public static string StemKey(string text)
    {
        var stems = AnalyzedText.Analyze(Stems, PaperFields.Text, text, _stemWords ??= AnalyzedText.CreateReusable());
        if (stems.Count == 0)
        {
            return "";
        }
        var start = stems.Start(0);
        var end = stems.Start(stems.Count - 1) + stems.Length(stems.Count - 1);
        return string.Create(end - start + stems.Count - 1, stems, static (chars, stems) =>
        {
            var at = 0;
            for (var i = 0; i < stems.Count; i++)
            {
                if (i > 0)
                {
                    chars[at++] = ' ';
                }
                stems.Buffer.AsSpan(stems.Start(i), stems.Length(i)).CopyTo(chars[at..]);
                at += stems.Length(i);
            }
        });
    }

    [ThreadStatic]
    private static AnalyzedText? _stemWords;

    public static List<string> StemsOf(string text) => Stems.Terms(PaperFields.Text, text);
}
