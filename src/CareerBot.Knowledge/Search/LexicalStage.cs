namespace CareerBot.Knowledge.Search;

/// <summary>What lexical search found, and the text whose meaning is still needed (null when its result stands).</summary>
public sealed record LexicalStage(SearchResult Result, string? MeaningOf);
