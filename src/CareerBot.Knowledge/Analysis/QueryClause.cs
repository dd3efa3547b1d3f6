namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// One meaningful unit of a question: a word, or a phrase standing for its synonym group.
/// <see cref="Stems"/> is the same unit as the index sees it.
/// </summary>
public sealed record QueryClause(string[] Words, string[] Stems, bool Known, bool Corrected);
