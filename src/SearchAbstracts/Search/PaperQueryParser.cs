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
    /// <summary>
    /// Longest fuzzy or wildcard word read as a pattern. Lucene builds an automaton per word and field: its cost grows
    /// faster than the length, and checking one of some 30,000 characters overflows the stack.
    /// </summary>
    private const int MaxPatternLength = 255;

    /// <summary>Most <c>*</c> and <c>?</c> in one word: the automaton of a wildcard word can grow exponentially with them.</summary>
    private const int MaxWildcards = 4;

    /// <summary>Most fuzzy and wildcard words in one query: each costs milliseconds to build (a pasted page of them, minutes).</summary>
    private const int MaxPatterns = 16;

    private int _patterns;

    /// <summary>True while an unfielded pattern word is expanded into one query per field (already checked once).</summary>
    private bool _expanding;

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
            return NumericRangeQuery.NewInt32Range(PaperFields.Year, PaperFields.YearPrecisionStep, year, year, true, true);
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
        return NumericRangeQuery.NewInt32Range(PaperFields.Year, PaperFields.YearPrecisionStep, from, to, startInclusive, endInclusive);
    }

    protected override Query GetWildcardQuery(string field, string termStr) =>
        Pattern(field, termStr, wildcards: true,
            () => field is null ? base.GetWildcardQuery(field, termStr) : WithStems(field, termStr, base.GetWildcardQuery(field, termStr)));

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
        Pattern(field, termStr, wildcards: false, () => base.GetFuzzyQuery(field, field is null ? termStr : Stem(field, termStr), minSimilarity));

    /// <summary>
    /// Regular expressions (<c>/…/</c>) are not part of the query language: Lucene 4.8 determinizes them without a
    /// limit, so a short one such as <c>/(a|b)*a(a|b){20}/</c> never finishes. A URL or <c>TCP/IP and UDP/IP</c>
    /// is read as words instead.
    /// </summary>
    protected override Query GetRegexpQuery(string field, string termStr) =>
        throw new LenientReadException($"regular expressions such as '/{Shortened(termStr)}/' are not supported");

    /// <summary><see cref="Checked"/> plus the limits on fuzzy and wildcard words, counted once per word (not per field).</summary>
    private Query Pattern(string? field, string termStr, bool wildcards, Func<Query> build)
    {
        if (_expanding)
        {
            return Checked(field, termStr, build);
        }
        if (termStr.Length > MaxPatternLength)
        {
            throw new LenientReadException($"'{Shortened(termStr)}' is too long for a fuzzy or wildcard word (at most {MaxPatternLength} characters)");
        }
        if (wildcards && termStr.Count(c => c is '*' or '?') > MaxWildcards)
        {
            throw new LenientReadException($"'{Shortened(termStr)}' has more than {MaxWildcards} wildcards (* or ?)");
        }
        if (++_patterns > MaxPatterns)
        {
            throw new LenientReadException($"the query has more than {MaxPatterns} fuzzy or wildcard words");
        }
        _expanding = field is null;
        try
        {
            return Checked(field, termStr, build);
        }
        finally
        {
            _expanding = false;
        }
    }

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..37] + "…";

    /// <summary>The stem of a single word, or the word itself when the analyzer makes none or several terms of it.</summary>
    private string Stem(string field, string word) => Analyzer.Terms(field, word) is [var stem] ? stem : word;

    private static Query Checked(string? field, string text, Func<Query> build)
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
