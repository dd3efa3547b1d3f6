using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>What search found for a question, best first, with a confidence in [0, 1] for the top one.</summary>
public sealed record SearchResult(AnalyzedQuery Query, IReadOnlyList<RankedEntry> Ranked, double Confidence, bool UsedContext, ScopeTopic? NotCovered)
{
    public RankedEntry? Best => Ranked.Count > 0 ? Ranked[0] : null;
}
