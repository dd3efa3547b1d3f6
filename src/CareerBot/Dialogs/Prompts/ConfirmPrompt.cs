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
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(",.;!—–:");

    private static readonly ChoiceWording[] YesNo = [new("yes", "Yes", [], []), new("no", "No", [], [])];

    public override IReadOnlyList<ChoiceWording> Buttons => YesNo;

    public override string? Recognize(string text, DateTimeOffset now) => Read(text, commands);

    /// <summary>"yes", "no", or null when the reply is neither.</summary>
    public static string? Read(string text, DialogCommands commands) =>
        Whole(text, commands) ?? (FirstClause(text) is { } first && first.Length < text.Length ? Whole(first, commands) : null);

    private static string? Whole(string text, DialogCommands commands)
    {
        if (PhraseMatcher.IsCommand(text, commands.No)) return "no";
        if (PhraseMatcher.IsCommand(text, commands.Yes)) return "yes";
        return EnglishRecognizers.YesNo(text) is [{ } result, ..] && result.Resolution.GetValueOrDefault(ResolutionKey.Value) is bool value
            ? (value ? "yes" : "no")
            : null;
    }

    // People answer first and explain after: "nah, I'll skip the certification planning", "sure — azure, 4 hours a week".
    private static string? FirstClause(string text)
    {
        var end = text.AsSpan().IndexOfAny(ClauseEnds);
        return end > 0 ? text[..end] : null;
    }
}
