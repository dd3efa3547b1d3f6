namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// One meaningful unit of a question: a word or phrase together with its synonyms.
/// <see cref="Stems"/> holds each alternative as the index sees it.
/// </summary>
public sealed record QueryClause(IReadOnlyList<string[]> Alternatives, IReadOnlyList<string[]> Stems, bool Known, bool Corrected);
