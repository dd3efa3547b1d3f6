using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A number within the wording's min and max, with the unit words the reply may carry ("3 years").</summary>
public sealed class NumberPrompt(PromptWording wording, IReadOnlySet<string> unitWords) : Prompt(wording)
{
    public override IReadOnlyList<ChoiceWording> Buttons => [];

    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now) =>
        NumberReading.Read(text, unitWords) is { } value && NumberReading.InRange(value, Wording.Min, Wording.Max) ? NumberReading.Store(value) : null;
}
