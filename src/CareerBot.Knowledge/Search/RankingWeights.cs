namespace CareerBot.Knowledge.Search;

/// <summary>
/// How much each signal moves an entry. The thresholds turn the confidence into an answer,
/// a "did you mean" clarification or a fallback; they were tuned on the evaluation set in tests/.
/// </summary>
public sealed record RankingWeights(
    double ScoreBaseline = 0.5,
    double UnknownWordWeight = 2.5,
    double AnswerOnlyShare = 0.5,
    double SimilarityBoost = 3,
    double AnswerTypeBoost = 0.35,
    double FollowupPhraseBoost = 0.25,
    double ContextTagBoost = 1.2,
    double ContextTypeBoost = 0.3,
    double ContextFollowupBoost = 0.8,
    double SameEntryPenalty = 0.6,
    double AnswerThreshold = 0.45,
    double ClarifyThreshold = 0.25)
{
    public static RankingWeights Default { get; } = new();
}
