namespace CareerBot.Knowledge.Analysis;

/// <summary>A question after analysis: its words, its meaningful clauses and the answer types it cues.</summary>
public sealed record AnalyzedQuery(string Text, IReadOnlyList<string> Tokens, IReadOnlyList<QueryClause> Clauses, IReadOnlySet<string> AnswerTypes)
{
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>The text with misspelt words corrected (the text itself when none were).</summary>
    public string Corrected { get; init; } = Text;
}
