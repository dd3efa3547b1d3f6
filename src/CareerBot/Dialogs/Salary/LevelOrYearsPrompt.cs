using CareerBot.Dialogs.Prompts;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Salary;

/// <summary>A level by name ("mid", "the fourth one") or years of experience ("3 years", "five"); stored as the level or "years:3".</summary>
public sealed class LevelOrYearsPrompt(PromptWording wording) : Prompt(wording)
{
    public const string YearsPrefix = "years:";

    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal)
    {
        "years", "year", "yrs", "yr", "of", "experience", "exp", "in", "ml", "work", "working", "professional", "been", "for", "over", "more", "than", "under", "less",
    };

    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now)
    {
        if (ChoiceMatcher.Match(text, Wording.Choices, numbersPick: false) is { } choice)
        {
            return choice.Value;
        }

        return NumberReading.Read(text, YearWords) is { } years && NumberReading.InRange(years, Wording.Min, Wording.Max)
            ? YearsPrefix + NumberReading.Store(years)
            : null;
    }

    /// <summary>Years stated in passing ("what would I make with 3 years of experience"): a number next to "years".</summary>
    public static decimal? FindYears(string text)
    {
        var tokens = PhraseMatcher.Tokens(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i] is "years" or "year" or "yrs" or "yr" && NumberReading.Read(tokens[i - 1], YearWords) is { } years)
            {
                return years;
            }
        }

        return null;
    }
}
