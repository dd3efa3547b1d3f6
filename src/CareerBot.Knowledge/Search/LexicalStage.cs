namespace CareerBot.Knowledge.Search;

/// <summary>
/// What lexical search found, and the text whose meaning is still needed (null when its result stands); for a follow-up
/// read in context, the id of the entry it follows.
/// </summary>
public sealed record LexicalStage(SearchResult Result, string? MeaningOf, string? Follows = null);
