using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A question with a reader for its replies. A reply that cannot be read gets a re-ask with the hint.</summary>
public abstract class Prompt(PromptWording wording)
{
    public PromptWording Wording { get; } = wording;

    /// <summary>The buttons offered with the question.</summary>
    public virtual IReadOnlyList<ChoiceWording> Buttons => Wording.Choices;

    /// <summary>
    /// A soft question ("Shall I plan your certifications next?") does not hold the user: a reply
    /// that is not an answer ends the dialog and is handled as an ordinary message.
    /// </summary>
    public bool Soft { get; init; }

    /// <summary>The reply as this question's answer (in the slot's stored form), or null when it is not one.</summary>
    public abstract string? Recognize(string text, DateTimeOffset now);

    /// <summary>
    /// Whether an unreadable reply was still meant as an answer ("500 hours a week" when the most is 60),
    /// so it is re-asked with the hint rather than taken as a guide question.
    /// </summary>
    public virtual bool IsAttempt(string text) => false;
}
