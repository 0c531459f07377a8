namespace SearchAbstracts.Evaluation;

/// <summary>The metric values of one judged query (see <see cref="Metrics"/> for the formulas).</summary>
/// <param name="QueryId">The query.</param>
/// <param name="Ndcg10">nDCG@10.</param>
/// <param name="Recall100">Recall@100.</param>
/// <param name="Recall1000">Recall@1000.</param>
/// <param name="Mrr10">Reciprocal rank cut at 10.</param>
/// <param name="Map">Average precision at the evaluation depth (1000 by default).</param>
/// <param name="Retrieved">Hits scored, after self-hits and duplicates were removed and the depth cut; 0 when the run had none.</param>
/// <param name="Relevant">Relevant documents of the query in the qrels (R).</param>
/// <param name="RelevantRetrieved">Relevant documents among the <paramref name="Retrieved"/> hits.</param>
public sealed record QueryScores(
    string QueryId,
    double Ndcg10,
    double Recall100,
    double Recall1000,
    double Mrr10,
    double Map,
    int Retrieved,
    int Relevant,
    int RelevantRetrieved);
