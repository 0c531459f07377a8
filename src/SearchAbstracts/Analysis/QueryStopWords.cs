using Lucene.Net.Analysis.Util;

namespace SearchAbstracts.Analysis;

/// <summary>
/// Words dropped from queries (never from the index) on top of Lucene's English stop set: question and
/// function words that real queries are full of ("what is known about", "which", "between") and that match
/// nearly every abstract. Measured on the SciFact train split and Cranfield (README, "Relevance").
/// </summary>
internal static class QueryStopWords
{
    public static CharArraySet Set { get; } = new(LuceneSettings.Version,
    [
        "about", "above", "across", "after", "again", "against", "also", "although", "am", "among", "any",
        "been", "before", "being", "below", "between", "both", "can", "could", "did", "do", "does", "doing",
        "done", "down", "due", "during", "each", "either", "even", "few", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "his", "him", "how", "however", "i", "its", "itself", "just",
        "may", "me", "might", "more", "most", "must", "my", "neither", "nor", "now", "once", "only", "other",
        "our", "out", "over", "own", "per", "rather", "same", "she", "should", "so", "some", "still", "than",
        "them", "themselves", "therefore", "those", "though", "through", "thus", "too", "toward", "twice",
        "under", "until", "up", "upon", "very", "via", "we", "were", "what", "when", "where", "whether",
        "which", "while", "who", "whom", "whose", "why", "within", "without", "would", "yet", "you", "your",
    ], ignoreCase: true);
}
