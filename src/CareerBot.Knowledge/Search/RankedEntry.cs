using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>
/// A candidate answer: its score after cues and context, how much of the question it covers (0..1)
/// and how close the question's words are to one of its own phrasings (0..1). When meaning was
/// consulted, also the embedding similarity to its nearest phrasing (−1..1) and its lexical score
/// as a share of the best lexical candidate's (0..1).
/// </summary>
public sealed record RankedEntry(FaqEntry Entry, double Score, double Coverage, double Similarity)
{
    public double Meaning { get; init; } = double.NaN;

    public double LexicalShare { get; init; } = double.NaN;
}
