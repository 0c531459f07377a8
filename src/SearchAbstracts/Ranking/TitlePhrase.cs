using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Ranking;

/// <summary>
/// A bonus for papers whose title holds the query's words in the query's order (one word of slack): someone who
/// pastes a title wants that paper first, and a long title shares most of its words with many other papers.
/// Optional, so it never widens the matches: a title that holds the phrase already matches its words.
/// </summary>
internal static class TitlePhrase
{
    /// <summary>Weight of the phrase clause: 0.5 / 1 / 2 gave arXiv known-item 0.999 / 1.000 / 1.000 (0.996 without), SciFact and Cranfield unchanged.</summary>
    public const float Weight = 1f;

    public static Query AddBonus(Query query, string rawText, Analyzer indexAnalyzer)
    {
        if (query is not BooleanQuery original || original.Clauses.Any(c => c.Occur == Occur.MUST)
            || !PlainWords.TryCount(query, out var words) || words < 2)
        {
            return query;
        }
        // The index chain, so that the positions left by removed stop words are those of the indexed title.
        var tokens = AnalyzedText.Analyze(indexAnalyzer, PaperFields.Title, rawText);
        if (tokens.Count < 2)
        {
            return query;
        }
        var phrase = new PhraseQuery { Slop = 1, Boost = Weight };
        var position = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            position += tokens.Increment(i);
            phrase.Add(new Term(PaperFields.Title, new string(tokens.Buffer, tokens.Start(i), tokens.Length(i))), position);
        }
        var expanded = (BooleanQuery)original.Clone();
        expanded.Add(phrase, Occur.SHOULD);
        return expanded;
    }
}
