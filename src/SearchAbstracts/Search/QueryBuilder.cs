using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using SearchAbstracts.Ranking;

namespace SearchAbstracts.Search;

/// <summary>
/// Turns query text into a Lucene query. Syntax that cannot be parsed (an unbalanced bracket, a dangling
/// operator) is read leniently as plain words, and a notice says so, rather than failing the search.
/// </summary>
internal static partial class QueryBuilder
{
    /// <summary>Words kept from a query too long for Lucene's clause limit (a pasted paragraph is far below it).</summary>
    private const int MaxWords = 1000;

    /// <summary>
    /// Deepest bracket nesting read as syntax. Lucene's parser and query classes recurse once per level, so some
    /// ten thousand levels overflow the stack and end the process; no real query comes near this.
    /// </summary>
    private const int MaxNesting = 100;

    private static readonly System.Text.RegularExpressions.Regex OperatorWords = OperatorWordsRegex();

    static QueryBuilder()
    {
        // Lucene's default of 1,024 clauses is hit by a pasted page of text; 16,384 keeps such queries working.
        BooleanQuery.MaxClauseCount = 16_384;
    }

    /// <param name="text">The query as typed.</param>
    /// <param name="analyzer">The query analyzer of <paramref name="profile"/>.</param>
    /// <param name="profile">Which fields words search, and how.</param>
    /// <param name="plainWords">Read every character as text (no operators, fields or quotes): how evaluation queries are read.</param>
    /// <param name="notices">Receives how the query was read when it differs from what was typed.</param>
    public static Query Build(string text, Analyzer analyzer, RankingProfile profile, bool plainWords, ICollection<string> notices)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            throw new InvalidRequestException("the query is empty; give words to search for, e.g. 'quantization', or '*' for every paper");
        }
        if (trimmed is "*" or "*:*")
        {
            return new MatchAllDocsQuery();
        }
        var query = plainWords ? ParseAsWords(trimmed, analyzer, profile, notices) : ParseLeniently(trimmed, analyzer, profile, notices);
        if (query is null || query is BooleanQuery { Clauses.Count: 0 })
        {
            notices.Add($"{Quote(trimmed)} has no searchable words (only stop words or punctuation), so nothing matches");
            return new BooleanQuery();
        }
        return profile.CountWordsOnce ? RepeatedWords.CountOnce(query) : query;
    }

    private static Query? ParseLeniently(string text, Analyzer analyzer, RankingProfile profile, ICollection<string> notices)
    {
        if (NestingDepth(text) > MaxNesting)
        {
            notices.Add($"could not read {Quote(text)} as query syntax (brackets nested more than {MaxNesting} deep); searched for its words instead");
            return ParseAsWords(text, analyzer, profile, notices);
        }
        try
        {
            return new PaperQueryParser(analyzer, profile).Parse(QuestionMarks().Replace(text, ""));
        }
        catch (ParseException e)
        {
            notices.Add($"could not read {Quote(text)} as query syntax ({Printable(Describe(e))}); searched for its words instead");
        }
        catch (LenientReadException e)
        {
            notices.Add($"{Printable(e.Message)}; searched for {Quote(text)} as words");
        }
        return ParseAsWords(text, analyzer, profile, notices);
    }

    /// <summary>
    /// Escapes every special character and lower-cases the operator words, so nothing is left to misparse; a
    /// query beyond the clause limit keeps its first <see cref="MaxWords"/> distinct words.
    /// </summary>
    private static Query? ParseAsWords(string text, Analyzer analyzer, RankingProfile profile, ICollection<string> notices)
    {
        // A colon joins letters into one token for the standard tokenizer ("foo:bar"); read as words, it separates.
        text = text.Replace(':', ' ');
        var words = OperatorWords.Replace(QueryParserBase.Escape(text), m => m.Value.ToLowerInvariant());
        try
        {
            return new PaperQueryParser(analyzer, profile).Parse(words);
        }
        catch (ParseException)
        {
            // Escaped text fails to parse when nothing is left of it (":" alone), or when its words, repeated ones
            // included, pass Lucene's clause limit: then each distinct word is searched once, the first MaxWords of them.
            var distinct = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (distinct.Count > MaxWords)
            {
                distinct = distinct[..MaxWords];
                notices.Add($"the query has too many words; searched for its first {MaxWords} distinct words");
            }
            var shortened = OperatorWords.Replace(QueryParserBase.Escape(string.Join(' ', distinct)), m => m.Value.ToLowerInvariant());
            try
            {
                return new PaperQueryParser(analyzer, profile).Parse(shortened);
            }
            catch (ParseException)
            {
                // No words to search.
                return null;
            }
        }
    }

    /// <summary>The deepest nesting of unescaped <c>(</c> in <paramref name="text"/> (quotes ignored: an overestimate is harmless).</summary>
    private static int NestingDepth(string text)
    {
        int depth = 0, deepest = 0;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    deepest = Math.Max(deepest, ++depth);
                    break;
                case ')':
                    depth = Math.Max(0, depth - 1);
                    break;
            }
        }
        return deepest;
    }

    /// <summary>A query as shown in a notice: whole if short, else its start.</summary>
    private static string Quote(string text)
    {
        text = Printable(text);
        return text.Length <= 80 ? $"'{text}'" : $"'{text[..77]}…'";
    }

    /// <summary>
    /// Text for a notice with every control character (line breaks, tabs, terminal escapes) made a space: a pasted query
    /// may hold them, and a notice is one line on the user's terminal.
    /// </summary>
    private static string Printable(string text) =>
        text.Any(IsControl) ? string.Concat(text.Select(c => IsControl(c) ? ' ' : c)) : text;

    private static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>Lucene's message is several lines with the grammar's expectations; keep the part a user needs.</summary>
    private static string Describe(ParseException e)
    {
        var message = e.Message;
        var cut = message.IndexOf("Was expecting", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }
        var colon = message.IndexOf("': ", StringComparison.Ordinal);
        if (colon >= 0)
        {
            message = message[(colon + 3)..];
        }
        return string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim().TrimEnd('.');
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(AND|OR|NOT)\b")]
    private static partial System.Text.RegularExpressions.Regex OperatorWordsRegex();

    /// <summary>A question mark that ends a word ("what is MoE?") is punctuation, not a one-letter wildcard.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[\p{L}\p{Nd}])\?+(?=[\s)\]""]|$)")]
    private static partial System.Text.RegularExpressions.Regex QuestionMarks();
}
