using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using SearchAbstracts.Analysis;
using SearchAbstracts.Schema;
using SearchAbstracts.Search;

namespace SearchAbstracts.Ranking;

/// <summary>
/// RM3 pseudo-relevance feedback: the words that dominate the top hits of a query are added to it with a
/// small weight, so that papers using the vocabulary of the best matches (but not every query word) rise.
/// The expansion only re-ranks: the original query stays required, so the set of matches, the total and
/// the facet counts are those of the query as typed.
/// </summary>
/// <remarks>
/// Settings tuned on the SciFact train split only (README, "Relevance"); 15 docs / 30 terms / 0.75 scored within
/// 0.001, so the smaller, cheaper setting stays. Feedback words are read with the query stop words removed, so
/// "we", "our" or "between" never become expansion terms. With <c>weighted</c> (the default profile) the words
/// are chosen by rarity as well as frequency in the top hits, title words count twice, and the best hits weigh
/// more (<see cref="WeightedTemperature"/>): plain RM3 picks words such as "cell" or "patient" that the top
/// hits share with half the corpus.
/// </remarks>
internal static class RelevanceFeedback
{
    /// <summary>Short queries are left alone: they are typed as keywords, and must stay fast.</summary>
    public const int MinQueryWords = 3;
    private const int FeedbackDocs = 10;
    private const int ExpansionTerms = 20;
    private const float OriginalWeight = 0.8f;

    /// <summary>Room for a paper's distinct words (title and abstract; about a hundred on arXiv) without growing.</summary>
    private const int CountsCapacity = 192;

    /// <summary>Expansion weights sum to 1; this brings them to the scale of a BM25 term score.</summary>
    private const float ExpansionScale = 10f;

    /// <summary>
    /// Weighted feedback: a hit's share is exp(score / this) rather than exp(score), so the first hits dominate a
    /// little more (1 and 0.5 both scored 0.001 lower on SciFact train; flatter shares cost more, README).
    /// </summary>
    private const double WeightedTemperature = 0.7;

    /// <summary>The share of the original query in a re-scored hit's score (the expansion has the rest).</summary>
    public const float OriginalShare = OriginalWeight;

    /// <summary>
    /// How many of the first-pass hits are re-scored with the expansion. Re-scoring a fixed window (rather than
    /// running the expanded query over every match) keeps feedback to one pass over the postings; papers below the
    /// window keep their first-pass order. Evaluation uses the same window, so it measures what search does.
    /// </summary>
    public const int RescoreDepth = 200;

    /// <summary>True when <paramref name="original"/> is plain words, enough of them for feedback to help.</summary>
    public static bool Applies(Query original) => PlainWords.TryCount(original, out var words) && words >= MinQueryWords;

    /// <summary>
    /// Re-ranks the first <see cref="RescoreDepth"/> of <paramref name="firstPass"/> (sorted by score) by
    /// <c>0.8 × original + 0.2 × 10 × expansion</c>, the expansion built from the top <c>10</c> of them.
    /// </summary>
    /// <param name="searcher">Searches the index the query ran on.</param>
    /// <param name="firstPass">The first-pass hits, best first.</param>
    /// <param name="analyzer">Reads the text of the top hits into words.</param>
    /// <param name="weighted">
    /// Weigh each candidate word by its BM25 IDF as well as its share of the top hits' text, count title words twice
    /// and let the first hits weigh more; otherwise plain RM3.
    /// </param>
    /// <param name="stored">Stored documents already read, by doc id; the feedback documents read here are added (the page shows most of them).</param>
    /// <param name="read">Told the feedback documents (best first) and their stored fields as soon as they are read, or null.</param>
    /// <returns>All of <paramref name="firstPass"/>, the window re-ordered, and the expansion query (for <c>--explain</c>), or null when there was nothing to learn from.</returns>
    public static (ScoreDoc[] Ranked, Query? Expansion) Rerank(IndexSearcher searcher, ScoreDoc[] firstPass, Analyzer analyzer, bool weighted,
        Dictionary<int, Document>? stored = null, Func<ScoreDoc[], Document[], Action>? read = null)
    {
        if (firstPass.Length == 0)
        {
            return (firstPass, null);
        }
        var expansion = ExpansionQuery(searcher, firstPass[..Math.Min(FeedbackDocs, firstPass.Length)], analyzer, weighted, stored ?? [], read);
        expansion.Boost = (1 - OriginalWeight) * ExpansionScale;
        var window = firstPass[..Math.Min(RescoreDepth, firstPass.Length)];
        var extra = WindowScores.Of(searcher, expansion, window);
        var rescored = window
            .Select((hit, i) => new ScoreDoc(hit.Doc, (OriginalWeight * hit.Score) + extra[i]))
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Doc)
            .ToArray();
        // Below the window the first-pass order stands, on the same scale (no expansion score was computed for them).
        var rest = firstPass[window.Length..].Select(hit => new ScoreDoc(hit.Doc, OriginalWeight * hit.Score));
        return ([.. rescored, .. rest], expansion);
    }

    /// <summary>
    /// The filtered ranking that agrees with the unfiltered one: the re-ranked unfiltered window, keeping the papers
    /// that pass the filters, then the filtered first pass below it in its own order.
    /// </summary>
    /// <param name="rerankedWindow">The unfiltered window after re-ranking.</param>
    /// <param name="filteredFirstPass">Filtered first-pass hits, at least the window size more than are wanted.</param>
    /// <param name="restScale">What re-ranking multiplied the scores below its window by (1 when it left them alone).</param>
    public static ScoreDoc[] Filtered(ScoreDoc[] rerankedWindow, ScoreDoc[] filteredFirstPass, float restScale)
    {
        var passing = filteredFirstPass.Select(hit => hit.Doc).ToHashSet();
        var inWindow = rerankedWindow.Select(hit => hit.Doc).ToHashSet();
        return
        [
            .. rerankedWindow.Where(hit => passing.Contains(hit.Doc)),
            .. filteredFirstPass.Where(hit => !inWindow.Contains(hit.Doc)).Select(hit => new ScoreDoc(hit.Doc, restScale * hit.Score)),
        ];
    }

    /// <summary>The query whose scores <see cref="Rerank"/> gives (the original required, the expansion optional), to explain a hit's score.</summary>
    public static Query Combined(Query original, Query expansion)
    {
        var required = (Query)original.Clone();
        required.Boost = OriginalWeight * original.Boost;
        return new BooleanQuery { { required, Occur.MUST }, { expansion, Occur.SHOULD } };
    }

    private static BooleanQuery ExpansionQuery(IndexSearcher searcher, ScoreDoc[] docs, Analyzer analyzer, bool weighted, Dictionary<int, Document> stored,
        Func<ScoreDoc[], Document[], Action>? onRead)
    {
        // Each document's language model (term frequency / length), weighted by its share of exp(score).
        var temperature = weighted ? WeightedTemperature : 1;
        var maxScore = docs.Max(d => d.Score);
        var docWeights = docs.Select(d => Math.Exp((d.Score - maxScore) / temperature)).ToArray();
        var total = docWeights.Sum();
        // Read and analyze the documents concurrently; add them up in rank order, so the sums are the same as one by one.
        var read = new (Document Doc, Dictionary<string, int> Counts, int Length)[docs.Length];
        Concurrently.For(docs.Length, i =>
        {
            var doc = stored.TryGetValue(docs[i].Doc, out var known) ? known : PaperDocumentMapper.Load(searcher, docs[i].Doc);
            // The words of title + line break + abstract are the title's and the abstract's (a line break always
            // ends a word), so the title is read once and, weighted, counted twice. One table per paper, made large
            // enough for a title and an abstract at once: growing it, and a second table for the title, were most of
            // the garbage feedback made (15 KB a paper).
            var times = weighted ? 2 : 1;
            var counts = new Dictionary<string, int>(CountsCapacity, StringComparer.Ordinal);
            var titleLength = analyzer.CountTerms(PaperFields.Text, doc.Get(PaperFields.Title) ?? "", counts, times);
            var length = analyzer.CountTerms(PaperFields.Text, doc.Get(PaperFields.Abstract) ?? "", counts);
            read[i] = (doc, counts, length + (times * titleLength));
        });
        var chosenDone = onRead?.Invoke(docs, Array.ConvertAll(read, r => r.Doc));
        // Each word's weight is added up over the documents in rank order; the order of words within one does not matter.
        // Sized for every paper's words being different (an upper bound), so that it never grows.
        var weights = new Dictionary<string, double>(read.Sum(r => r.Counts.Count), StringComparer.Ordinal);
        for (var i = 0; i < docs.Length; i++)
        {
            var (doc, counts, length) = read[i];
            stored[docs[i].Doc] = doc;
            foreach (var (term, count) in counts)
            {
                weights[term] = weights.GetValueOrDefault(term) + (count / (double)length * docWeights[i] / total);
            }
        }
        var chosen = weighted
            ? ChooseByRarity(searcher.IndexReader, weights)
            : weights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(ExpansionTerms).ToList();
        chosenDone?.Invoke();
        var sum = chosen.Sum(kv => kv.Value);
        var query = new BooleanQuery();
        foreach (var (term, weight) in chosen)
        {
            query.Add(new TermQuery(new Term(PaperFields.Text, term)) { Boost = (float)(weight / sum) }, Occur.SHOULD);
        }
        return query;
    }

    /// <summary>
    /// The <see cref="ExpansionTerms"/> words of largest weight × IDF (ties by word), with that product as weight.
    /// </summary>
    /// <remarks>
    /// Exact, but looks up far fewer document frequencies than there are candidates (about 580 words from ten
    /// abstracts, each a seek in every segment: 7 ms a query on arXiv 115k). Candidates are visited by falling
    /// weight, and the visit stops once even the largest possible IDF (that of a word in no document) could not lift
    /// the next candidate into the chosen words.
    /// </remarks>
    internal static List<KeyValuePair<string, double>> ChooseByRarity(IndexReader reader, Dictionary<string, double> weights)
    {
        const int Batch = 32;
        var docs = reader.NumDocs;
        var largestIdf = Idf(0, docs);
        var candidates = weights.ToArray();
        // By falling weight. Ties may come in any order: the words left unvisited all score below the twentieth chosen,
        // so the visit finds the same words whatever the order among equal weights. A sort of plain numbers: sorting the
        // pairs with a comparison (weight, then word) was a third of this method.
        var byWeight = Array.ConvertAll(candidates, c => -c.Value);
        Array.Sort(byWeight, candidates);
        // Made only when a word's frequency is not known yet: after a while, hardly ever.
        var enumerators = new Lazy<TermsEnum?[]>(() => [.. reader.Leaves.Select(leaf => leaf.AtomicReader.GetTerms(PaperFields.Text)?.GetEnumerator())], LazyThreadSafetyMode.None);
        var scored = new List<KeyValuePair<string, double>>();
        var best = new PriorityQueue<double, double>();
        for (var start = 0; start < candidates.Length; start += Batch)
        {
            if (best.Count == ExpansionTerms && candidates[start].Value * largestIdf < best.Peek())
            {
                break;
            }
            var batch = candidates.AsSpan(start, Math.Min(Batch, candidates.Length - start)).ToArray();
            foreach (var (word, docFreq) in DocumentFrequencies(reader, enumerators, batch.Select(kv => kv.Key)))
            {
                var product = weights[word] * Idf(docFreq, docs);
                scored.Add(new(word, product));
                best.Enqueue(product, product);
                if (best.Count > ExpansionTerms)
                {
                    best.Dequeue();
                }
            }
        }
        return scored.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(ExpansionTerms).ToList();
    }

    /// <summary>
    /// The document frequency of each word in the flat field: known ones from the reader's cache (<see cref="TermStates"/>),
    /// the others from one terms enumerator per segment (made on first need; null where the segment has no such field), seeking the words
    /// in sorted order, and then remembered.
    /// </summary>
    private static List<(string Term, int DocFreq)> DocumentFrequencies(IndexReader reader, Lazy<TermsEnum?[]> segments, IEnumerable<string> words)
    {
        var known = new List<(string Term, int DocFreq)>();
        var sorted = new List<(string Text, BytesRef Bytes)>();
        foreach (var word in words)
        {
            if (TermStates.TryGetDocFreq(reader, PaperFields.Text, word, out var docFreq))
            {
                known.Add((word, docFreq));
            }
            else
            {
                sorted.Add((word, new BytesRef(word)));
            }
        }
        if (sorted.Count == 0)
        {
            return known;
        }
        sorted.Sort((a, b) => a.Bytes.CompareTo(b.Bytes));
        var counts = new int[sorted.Count];
        foreach (var iterator in segments.Value)
        {
            if (iterator is null)
            {
                continue;
            }
            for (var i = 0; i < sorted.Count; i++)
            {
                if (iterator.SeekExact(sorted[i].Bytes))
                {
                    counts[i] += iterator.DocFreq;
                }
            }
        }
        for (var i = 0; i < sorted.Count; i++)
        {
            TermStates.AddDocFreq(reader, PaperFields.Text, sorted[i].Text, counts[i]);
            known.Add((sorted[i].Text, counts[i]));
        }
        return known;
    }

    /// <summary>BM25's IDF, log(1 + (N − df + 0.5) / (df + 0.5)).</summary>
    private static double Idf(int docFreq, int docs) => Math.Log(1 + ((docs - docFreq + 0.5) / (docFreq + 0.5)));
}
