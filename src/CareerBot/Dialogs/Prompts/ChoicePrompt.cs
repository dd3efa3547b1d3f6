using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A question answered by picking one of its choices, offered as buttons; years of experience pick a choice that has a years range.</summary>
public sealed class ChoicePrompt(PromptWording wording) : Prompt(wording)
{
    public override string? Recognize(string text, DateTimeOffset now) =>
        (ChoiceMatcher.Match(text, Wording.Choices) ?? ChoiceMatcher.ByYears(text, Wording.Choices, now))?.Value;
}
