using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// A candidate answer: its score after cues and context, how much of the question it covers (0..1)
/// and how close the question is to one of its own phrasings (0..1).
/// </summary>
public sealed record RankedEntry(FaqEntry Entry, double Score, double Coverage, double Similarity);
