using CareerBot.Knowledge.Analysis;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// The full-text engine behind search: given analysed clauses, the best-matching entries with a
/// relevance score (higher is better). Everything else — cues, confidence, follow-ups — is ours,
/// so another engine (Lucene.Net) could stand behind this seam.
/// </summary>
public interface IKnowledgeIndex : IDisposable
{
    IReadOnlyList<IndexHit> Search(IReadOnlyList<QueryClause> clauses, int limit);
}

/// <summary>An entry position in the knowledge base and its relevance score.</summary>
public readonly record struct IndexHit(int Entry, double Score);
