using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>What search found for a question, best first, with a confidence in [0, 1] for the top one.</summary>
public sealed record SearchResult(AnalyzedQuery Query, IReadOnlyList<RankedEntry> Ranked, double Confidence, bool UsedContext, ScopeTopic? NotCovered)
{
    public RankedEntry? Best => Ranked.Count > 0 ? Ranked[0] : null;

    /// <summary>The lexical stage's confidence when meaning was consulted too (NaN when lexical search alone answered).</summary>
    public double LexicalConfidence { get; init; } = double.NaN;

    /// <summary>When meaning was consulted: the similarity to the nearest message to decline (scope.yaml's declineExamples).</summary>
    public double DeclineSimilarity { get; init; } = double.NaN;

    public bool UsedMeaning => !double.IsNaN(LexicalConfidence);

    /// <summary>How far the best is ahead of the runner-up, as a share of the best score (1 when alone).</summary>
    public double Margin => MarginOf(Ranked);

    public static double MarginOf(IReadOnlyList<RankedEntry> ranked) =>
        ranked.Count < 2 || ranked[0].Score <= 0 ? 1 : Math.Clamp((ranked[0].Score - ranked[1].Score) / ranked[0].Score, 0, 1);
}
