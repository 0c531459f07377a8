using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Acronyms;

/// <summary>
/// Answers one query's questions about the acronym definitions in the index: a ten-word query asks for some thirty
/// runs of words whether they are a known long form. Each answer is a prefix seek per segment, on one terms
/// enumerator per segment and field kept for the whole query (a fresh enumerator per question costs more than the
/// seek). Nothing is loaded up front, so a cold process answers its first query without reading every definition; a
/// busy one loads the set of long forms once (<see cref="LongFormSet"/>) and answers most questions about runs from it.
/// Answers are kept per reader: the same runs ("languag model", "neural network") come back query after query, and
/// each was a seek in every segment (4% of the time of 1,000 pasted titles on arXiv 115k, perf).
/// </summary>
internal sealed class AcronymDictionary
{
    /// <summary>Answers kept per reader before they are all dropped (about 10 MB at most).</summary>
    private const int MaxAnswers = 100_000;

    private static readonly ConditionalWeakTable<IndexReader, BoundedCache<(string Field, string Key), string?>> Answers = new();

    private static readonly ConditionalWeakTable<IndexReader, LongFormSet> LongForms = new();

    private readonly IndexReader _reader;
    private readonly Func<IReadOnlySet<string>?> _longForms;
    private readonly Dictionary<string, TermsEnum?[]> _enums = new(StringComparer.Ordinal);

    /// <param name="reader">The index.</param>
    /// <param name="longForms">Every long form defined in the index (as stem keys) when known, else null: a key not among them has no acronym.</param>
    internal AcronymDictionary(IndexReader reader, Func<IReadOnlySet<string>?> longForms)
    {
        _reader = reader;
        _longForms = longForms;
    }

    /// <summary>A dictionary for the queries of one search on <paramref name="reader"/>.</summary>
    public static AcronymDictionary For(IndexReader reader)
    {
        var longForms = LongForms.GetValue(reader, _ => new LongFormSet());
        return new(reader, () => longForms.Get(reader));
    }

    /// <summary>The most common long form defined for <paramref name="acronym"/> (lower case), or null; ties by text.</summary>
    public string? LongFormOf(string acronym) => Answer(PaperFields.Acronym, acronym, FindLongForm);

    /// <summary>The most common acronym defined for a long form, given as its stems joined by spaces, or null; ties by text.</summary>
    public string? AcronymOf(string stemKey) =>
        _longForms() is { } known && !stemKey.Contains(AcronymTerms.Separator, StringComparison.Ordinal) && !known.Contains(stemKey)
            ? null
            : Answer(PaperFields.AcronymLongForm, stemKey, FindAcronym);

    /// <summary>
    /// Every long form defined in <paramref name="reader"/>, as the stem keys it is looked up by (the text of each
    /// <c>acronym_long</c> term before its separator); null when there are more than <paramref name="limit"/>.
    /// </summary>
    internal static IReadOnlySet<string>? LoadLongForms(IndexReader reader, int limit = MaxLongForms)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(PaperFields.AcronymLongForm)?.GetEnumerator() is not { } terms)
            {
                continue;
            }
            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                var separator = term.IndexOf(AcronymTerms.Separator, StringComparison.Ordinal);
                keys.Add(separator < 0 ? term : term[..separator]);
                if (keys.Count > limit)
                {
                    return null;
                }
            }
        }
        return keys;
    }

    private string? Answer(string field, string key, Func<string, string?> find)
    {
        var answers = Answers.GetValue(_reader, _ => new(MaxAnswers));
        return answers.TryGetValue((field, key), out var known) ? known : answers.GetOrAdd((field, key), find(key));
    }

    private string? FindLongForm(string acronym)
    {
        // acronym␟Original␟long form: the long form with the most defining papers wins, summed over spellings.
        var papers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in WithPrefix(PaperFields.Acronym, acronym))
        {
            var separator = term.LastIndexOf(AcronymTerms.Separator);
            var longForm = term[(separator + 1)..];
            papers[longForm] = papers.GetValueOrDefault(longForm) + docFreq;
        }
        return Best(papers);
    }

    private string? FindAcronym(string stemKey)
    {
        var papers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (term, docFreq) in WithPrefix(PaperFields.AcronymLongForm, stemKey))
        {
            var acronym = term[(stemKey.Length + 1)..];
            papers[acronym] = papers.GetValueOrDefault(acronym) + docFreq;
        }
        return Best(papers);
    }

    private static string? Best(Dictionary<string, int> papers)
    {
        string? best = null;
        var most = 0;
        foreach (var (text, count) in papers)
        {
            if (count > most || (count == most && string.CompareOrdinal(text, best) < 0))
            {
                (best, most) = (text, count);
            }
        }
        return best;
    }

    /// <summary>Every term of <paramref name="field"/> that starts with <paramref name="key"/> and the separator, with its document frequency in each segment.</summary>
    private List<(string Term, int DocFreq)> WithPrefix(string field, string key)
    {
        var found = new List<(string, int)>();
        var prefix = new BytesRef(key + AcronymTerms.Separator);
        var enums = Enumerators(field);
        foreach (var iterator in enums)
        {
            if (iterator is null || iterator.SeekCeil(prefix) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                if (!StringHelper.StartsWith(iterator.Term, prefix))
                {
                    break;
                }
                found.Add((iterator.Term.Utf8ToString(), iterator.DocFreq));
            }
            while (iterator.MoveNext());
        }
        return found;
    }

    /// <summary>Long forms kept before the set is given up (a few tens of MB at most).</summary>
    private const int MaxLongForms = 500_000;

    /// <summary>Questions a reader answers by seeking before its long forms are loaded (a one-query process never loads them).</summary>
    private const int LoadAfterQuestions = 2_000;

    /// <summary>
    /// The long forms of one reader, loaded on another thread once the reader has been asked <see cref="LoadAfterQuestions"/>
    /// times, and from then on the first test of every long-form question.
    /// </summary>
    /// <remarks>
    /// Why: a pasted title asks about some thirty-five runs of its stems, new with every title, each a seek in every
    /// segment, on the one thread that builds the query (4% of the title search, perf on arXiv 115k). Nearly all have no
    /// answer, and a set lookup says so.
    /// </remarks>
    private sealed class LongFormSet
    {
        private int _asked;
        private volatile Task<IReadOnlySet<string>?>? _loading;

        public IReadOnlySet<string>? Get(IndexReader reader)
        {
            if (_loading is { IsCompletedSuccessfully: true } loaded)
            {
                return loaded.Result;
            }
            if (Interlocked.Increment(ref _asked) == LoadAfterQuestions)
            {
                // Failing to load (a damaged index) leaves the questions to the seeks, which report it.
                _loading = Task.Run(() => LoadLongForms(reader));
            }
            return null;
        }
    }

    private TermsEnum?[] Enumerators(string field)
    {
        if (!_enums.TryGetValue(field, out var enums))
        {
            enums = _reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator()).ToArray();
            _enums[field] = enums;
        }
        return enums;
    }
}
