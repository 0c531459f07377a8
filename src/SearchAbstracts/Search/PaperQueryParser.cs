using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchAbstracts.Analysis;
using SearchAbstracts.Ranking;
using SearchAbstracts.Schema;

namespace SearchAbstracts.Search;

/// <summary>
/// Lucene's classic syntax; words without a field search the fields of the <see cref="RankingProfile"/> with its
/// weights; <c>year:</c> is numeric and <c>type:</c> exact. Fields outside <see cref="PaperFields.Queryable"/>
/// are refused with the list of valid ones instead of silently matching nothing.
/// </summary>
internal sealed class PaperQueryParser : MultiFieldQueryParser
{
    public PaperQueryParser(Analyzer analyzer, RankingProfile profile)
        : base(LuceneSettings.Version, [.. profile.FieldWeights.Keys], analyzer, profile.FieldWeights.ToDictionary(kv => kv.Key, kv => kv.Value))
    {
        DefaultOperator = Operator.OR;
        AllowLeadingWildcard = false;
    }

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field == PaperFields.Year)
        {
            var year = ParseYear(queryText, $"year:{queryText}");
            return NumericRangeQuery.NewInt32Range(PaperFields.Year, year, year, true, true);
        }
        CheckField(field, queryText);
        return base.GetFieldQuery(field, field == PaperFields.Type ? queryText.ToLowerInvariant() : queryText, quoted);
    }

    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        CheckField(field, queryText);
        return base.GetFieldQuery(field, queryText, slop);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field != PaperFields.Year)
        {
            CheckField(field, part1);
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
        var text = $"year:[{part1 ?? "*"} TO {part2 ?? "*"}]";
        int? from = part1 is null or "*" ? null : ParseYear(part1, text);
        int? to = part2 is null or "*" ? null : ParseYear(part2, text);
        return NumericRangeQuery.NewInt32Range(PaperFields.Year, from, to, startInclusive, endInclusive);
    }

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Checked(field, termStr, () => field is null ? base.GetWildcardQuery(field, termStr) : WithStems(field, termStr, base.GetWildcardQuery(field, termStr)));

    /// <summary>
    /// The index holds stems (<c>quantiz</c>), so <c>quant?zation</c> would match nothing: a pattern with one
    /// <c>?</c> and no <c>*</c> also matches the stems of the words it spells with each letter.
    /// </summary>
    private Query WithStems(string field, string pattern, Query wildcard)
    {
        if (pattern.Count(c => c == '?') != 1 || pattern.Contains('*', StringComparison.Ordinal) || !PaperFields.DefaultSearch.Contains(field) && field != PaperFields.Text)
        {
            return wildcard;
        }
        var either = new BooleanQuery { { wildcard, Occur.SHOULD } };
        var stems = new HashSet<string>(StringComparer.Ordinal);
        for (var letter = 'a'; letter <= 'z'; letter++)
        {
            var stem = Stem(field, pattern.Replace('?', letter));
            if (stems.Add(stem))
            {
                either.Add(new TermQuery(new Lucene.Net.Index.Term(field, stem)), Occur.SHOULD);
            }
        }
        return either;
    }

    protected override Query GetPrefixQuery(string field, string termStr) => Checked(field, termStr, () => base.GetPrefixQuery(field, termStr));

    /// <summary>The index holds stems, so the typed word is stemmed first: <c>atention~</c> → <c>atent~</c> finds <c>attent</c>.</summary>
    protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) =>
        Checked(field, termStr, () => base.GetFuzzyQuery(field, field is null ? termStr : Stem(field, termStr), minSimilarity));

    protected override Query GetRegexpQuery(string field, string termStr) => Checked(field, termStr, () => base.GetRegexpQuery(field, termStr));

    /// <summary>The stem of a single word, or the word itself when the analyzer makes none or several terms of it.</summary>
    private string Stem(string field, string word) => Analyzer.Terms(field, word) is [var stem] ? stem : word;

    private static Query Checked(string field, string text, Func<Query> build)
    {
        if (field == PaperFields.Year)
        {
            throw new LenientReadException($"year: takes a number or a range such as year:[2024 TO 2026], not '{text}'");
        }
        CheckField(field, text);
        return build();
    }

    private static void CheckField(string? field, string text)
    {
        if (field is null || PaperFields.Queryable.Contains(field) || field == PaperFields.Text || field == "*")
        {
            return;
        }
        throw new LenientReadException(
            $"'{field}' is not a field (fields are {string.Join(", ", PaperFields.Queryable)})");
    }

    private static int ParseYear(string text, string context)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1000 and <= 9999)
        {
            return year;
        }
        throw new LenientReadException($"'{context}' needs a four-digit year, e.g. year:2024 or year:[2024 TO 2026]");
    }
}
