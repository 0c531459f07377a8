using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// Makes hyphen variants find each other. The standard tokenizer reads <c>co-design</c> as <c>co</c> +
/// <c>design</c>, which never meets <c>codesign</c>; the index also keeps joined hyphenated words in
/// <see cref="PaperFields.Compound"/>. Here the query gains, as optional alternatives, the joined form of each
/// hyphenated word and of each pair of adjacent words (searched in the text and in the compounds), and each
/// solid word is also looked up among the compounds. Only forms that occur in the index are added.
/// </summary>
internal static partial class CompoundWords
{
    private static readonly Analyzer Normalizer = new CompoundAnalyzer(wholeInput: true);

    public static Query AddAlternatives(Query query, string rawText, IndexReader reader)
    {
        if (query is not BooleanQuery original || original.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            // Alternatives are optional clauses: they only add to queries whose words are all optional.
            return query;
        }
        var words = Word().Matches(rawText).Select(m => m.Value).ToList();
        // Every alternative, in query order; most are in no document, and all are looked up in one pass.
        var alternatives = new List<(Term Term, float Weight)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Contains('-', StringComparison.Ordinal))
            {
                AddJoined(alternatives, words[i].Replace("-", "", StringComparison.Ordinal), Wh);
            }
            else
            {
                alternatives.Add((new Term(PaperFields.Compound, Normalize(words[i])), Ws));
                if (i + 1 < words.Count && !words[i + 1].Contains('-', StringComparison.Ordinal))
                {
                    AddJoined(alternatives, words[i] + words[i + 1], Wp);
                }
            }
        }
        TermStates.Prime(reader.Context, alternatives.Where(a => a.Weight > 0 && a.Term.Text.Length > 1).Select(a => a.Term));
        var expanded = (BooleanQuery)original.Clone();
        var added = new HashSet<Term>();
        foreach (var (term, weight) in alternatives)
        {
            Add(expanded, added, term, reader, weight);
        }
        return added.Count == 0 ? query : expanded;
    }

    /// <summary>
    /// Weights of the alternatives, tuned on the SciFact train split: at weight 1 they cost 0.01 nDCG@10 (a
    /// joined form also scores the parts it was joined from); at these weights they help a little.
    /// </summary>
    private const float Wh = 0.2f; // joined hyphenated query word
    private const float Wp = 0.1f; // joined pair of adjacent query words
    private const float Ws = 0.2f; // solid query word looked up among joined hyphenated words

    private static void AddJoined(List<(Term Term, float Weight)> alternatives, string joined, float weight)
    {
        var term = Normalize(joined);
        alternatives.Add((new Term(PaperFields.Text, term), weight));
        alternatives.Add((new Term(PaperFields.Compound, term), weight));
    }

    private static void Add(BooleanQuery query, HashSet<Term> added, Term term, IndexReader reader, float weight)
    {
        if (weight <= 0 || term.Text.Length <= 1 || added.Contains(term))
        {
            return;
        }
        // One seek per segment, kept in the query: the term is not looked up again when the query is weighted.
        var states = TermStates.Of(reader.Context, term);
        if (states.DocFreq > 0)
        {
            added.Add(term);
            query.Add(new TermQuery(term, states) { Boost = weight }, Occur.SHOULD);
        }
    }

    private static string Normalize(string word) => Normalizer.Terms(PaperFields.Compound, word).FirstOrDefault() ?? "";

    /// <summary>Letters and digits, possibly joined by single hyphens: the words a compound can be made of.</summary>
    [GeneratedRegex(@"[\p{L}\p{Nd}]+(?:-[\p{L}\p{Nd}]+)*")]
    private static partial Regex Word();
}
