using CareerBot.Dialogs.Prompts;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Salary;

/// <summary>
/// A level by name ("mid", "the fourth one"), by a description of one's background ("just finished a
/// bootcamp"), "not sure", or years of experience ("3 years", "about a year of Python"); stored as the
/// level or "years:3".
/// </summary>
public sealed class LevelOrYearsPrompt(PromptWording wording) : Prompt(wording)
{
    public const string YearsPrefix = "years:";

    /// <summary>A level or years of experience mentioned anywhere in a message, as this prompt stores it; years win.</summary>
    public static string? Mentioned(string text, DialogContext dc, PromptWording wording) =>
        ExperienceYears.Find(text, dc.Now) is { } years
            ? YearsPrefix + NumberReading.Store(years)
            : ChoiceMatcher.Mentioned(text, wording.Choices)?.Value;

    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal)
    {
        "years", "year", "yrs", "yr", "of", "experience", "exp", "in", "ml", "work", "working", "professional", "been", "for", "over", "more", "than", "under", "less",
    };

    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now)
    {
        if ((ChoiceMatcher.Match(text, Wording.Choices, numbersPick: false) ?? ChoiceMatcher.Mentioned(text, Wording.Choices)) is { } choice)
        {
            return choice.Value;
        }

        var years = NumberReading.Read(text, YearWords) ?? ExperienceYears.Find(text, now);
        return years is { } y && NumberReading.InRange(y, Wording.Min, Wording.Max) ? YearsPrefix + NumberReading.Store(y) : null;
    }
}
