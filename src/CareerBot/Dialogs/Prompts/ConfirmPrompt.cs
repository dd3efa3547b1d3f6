using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;
using CareerBot.Recognizers.Choice;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A yes/no question; "yep", "sure", "nah" and "no thanks" all count. Stored as "yes" or "no".</summary>
public sealed class ConfirmPrompt(PromptWording wording) : Prompt(wording)
{
    private static readonly ChoiceWording[] YesNo = [new("yes", "Yes", [], []), new("no", "No", [], [])];

    public override IReadOnlyList<ChoiceWording> Buttons => YesNo;

    public override string? Recognize(string text, DateTimeOffset now) =>
        ChoiceRecognizer.RecognizeBoolean(text, Culture.English) is [{ } result, ..] && result.Resolution.GetValueOrDefault(ResolutionKey.Value) is bool value
            ? (value ? "yes" : "no")
            : null;
}
