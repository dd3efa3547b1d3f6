namespace CareerBot.Knowledge.Answers;

/// <summary>What a reply is, as reported in the <c>careerbot.answer</c> entity.</summary>
public enum AnswerKind
{
    Answer,
    Clarification,
    Fallback,
    Welcome,
    Dialog,
    SmallTalk,
}
