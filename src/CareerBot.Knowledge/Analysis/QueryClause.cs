namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// One meaningful unit of a question: a word, or a phrase standing for its synonym group.
/// <see cref="Stems"/> is the same unit as the index sees it.
/// </summary>
public sealed record QueryClause(string[] Words, string[] Stems, bool Known, bool Corrected)
{
    /// <summary>A bare number ("12", "2030"): it can confirm an entry that states it, but says little about the topic.</summary>
    public bool IsFigure => Words.Length == 1 && Words[0].Length > 0 && Words[0].All(c => char.IsAsciiDigit(c) || c is ',' or '.');
}
