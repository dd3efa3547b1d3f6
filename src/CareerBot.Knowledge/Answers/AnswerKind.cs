namespace CareerBot.Knowledge.Answers;

/// <summary>What a reply is, as reported in the <c>careerbot.answer</c> entity.</summary>
public enum AnswerKind
{
    Answer,
    /// <summary>"Did you mean": no longer given (a close call is answered, its runners-up offered); kept so question logs written before 2026-12-05 still read.</summary>
    Clarification,
    Fallback,
    Welcome,
    Dialog,
    SmallTalk,
}
