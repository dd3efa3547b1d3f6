using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// A yes/no question. Microsoft's yes/no patterns come first ("yep", "sure", "not ok"); the casual
/// phrases editors list under <c>commands: yes / no</c> in dialogs/common.yaml ("nah", "sounds good") after.
/// Stored as "yes" or "no".
/// </summary>
public sealed class ConfirmPrompt(PromptWording wording, DialogCommands commands) : Prompt(wording)
{
    private static readonly ChoiceWording[] YesNo = [new("yes", "Yes", [], []), new("no", "No", [], [])];

    public override IReadOnlyList<ChoiceWording> Buttons => YesNo;

    public override string? Recognize(string text, DateTimeOffset now) => Read(text, commands);

    /// <summary>"yes", "no", or null when the reply is neither.</summary>
    public static string? Read(string text, DialogCommands commands)
    {
        if (PhraseMatcher.IsCommand(text, commands.No)) return "no";
        if (PhraseMatcher.IsCommand(text, commands.Yes)) return "yes";
        return EnglishRecognizers.YesNo(text) is [{ } result, ..] && result.Resolution.GetValueOrDefault(ResolutionKey.Value) is bool value
            ? (value ? "yes" : "no")
            : null;
    }
}
