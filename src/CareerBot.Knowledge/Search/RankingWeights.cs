namespace CareerBot.Knowledge.Search;

/// <summary>
/// How much each signal moves an entry. When meaning was consulted the confidence is a probability
/// and <see cref="FusedAnswerThreshold"/> and <see cref="FusedSureThreshold"/> take the thresholds' place. The thresholds turn the confidence into a reply: at or
/// above <see cref="SureThreshold"/> an answer; between the two thresholds an answer unless the
/// runner-up is within <see cref="CloseCallMargin"/> (then a close call: answered, the runners-up offered); below, a fallback.
/// They were tuned on the evaluation set in tests/. <see cref="LexicalSure"/> is the lexical confidence
/// above which meaning is not consulted; the Confidence* weights are a logistic model fitted on the
/// tuning sets by <c>dotnet run -c Release --project benchmarks/CareerBot.Benchmarks -- calibrate</c>, refitted on
/// 2026-12-06 on all the tuning sets (2,230 samples: the fact-judged Fresh, Fourth and Fifth sets joined the fit) with
/// a new signal, <see cref="ConfidenceUnknown"/> times the share of the question's words the guide never uses. The answer
/// thresholds 0.55 and 0.65 did best on the tuning sets (questions answered right plus out-of-scope messages declined:
/// 11 more questions right for 2 fewer declines than 0.6 and 0.7).
/// <see cref="FocusEvidence"/> is the IDF weight of a question's own words a detail must carry to be shown
/// beside the short answer (<see cref="Answers.AnswerFocus"/>); 1.0 since 2026-12-06 (was 2.0): words as common as "pay"
/// or "deploy" may now pull the detail that says them forward, which answered 11 more tuning questions and 2 more follow-ups
/// with the median reply about 10 characters longer.
/// </summary>
public sealed record RankingWeights(
    double ScoreBaseline = 0.5,
    double CommonWordShare = 0.5,
    double UnknownWordWeight = 2.5,
    double AnswerOnlyShare = 0.5,
    double SimilarityBoost = 3,
    double AnswerTypeBoost = 0.35,
    double FollowupPhraseBoost = 0.25,
    double ContextTagBoost = 1.2,
    double ContextTypeBoost = 0.3,
    double ContextFollowupBoost = 0.8,
    double SameEntryPenalty = 0.6,
    double ContextRelatedBoost = 1.0,
    double SureThreshold = 0.45,
    double AnswerThreshold = 0.3,
    double CloseCallMargin = 0.1,
    double LexicalSure = 0.7,
    double LexicalWeight = 0.4,
    double LexicalConfidenceFloor = 0,
    double ConfidenceBias = -1.92,
    double ConfidenceMeaning = 2.98,
    double ConfidenceMargin = 2.96,
    double ConfidenceLexical = 1.20,
    double ConfidenceDecline = -3.18,
    double ConfidenceCoverage = 1.05,
    double ConfidenceUnknown = -1.90,
    double FusedAnswerThreshold = 0.55,
    double FusedSureThreshold = 0.65,
    double FocusEvidence = 1.0)
{
    public static RankingWeights Default { get; } = new();
}
