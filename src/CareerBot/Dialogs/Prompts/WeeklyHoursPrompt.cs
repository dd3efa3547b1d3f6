using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// A duration read as hours per week: "around 5 hrs a week", "an hour a day" (× 7), "10", "30 minutes
/// on weekdays" (× 5), "20 hours a month" (× 12 / 52).
/// </summary>
public sealed class WeeklyHoursPrompt(PromptWording wording) : Prompt(wording)
{
    private static readonly HashSet<string> HourWords = new(StringComparer.Ordinal)
    {
        "hours", "hour", "hrs", "hr", "h", "per", "week", "weekly", "a", "each", "every", "study", "do", "spend", "wk", "weeks", "day", "days",
        "daily", "night", "nights", "weekday", "weekdays", "month", "monthly", "in", "on",
    };

    public override IReadOnlyList<ChoiceWording> Buttons => [];

    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now) =>
        Find(text, now, requireUnit: false) is { } hours && NumberReading.InRange(hours, Wording.Min, Wording.Max) ? NumberReading.Store(hours) : null;

    /// <summary>Hours per week in the text; with <paramref name="requireUnit"/>, only a stated duration counts ("5 hours a week", not "5").</summary>
    public static decimal? Find(string text, DateTimeOffset now, bool requireUnit)
    {
        var timex = EnglishRecognizers.DateTimes(text, now.Date)
            .Where(r => r.TypeName == "datetimeV2.duration")
            .SelectMany(Values)
            .Select(v => v.GetValueOrDefault("timex"))
            .Select(StudyTime.FromTimex)
            .FirstOrDefault(t => t is not null);
        if (timex is { } study)
        {
            return Math.Round(study.Hours * (study.PerWeek ?? PerWeek(text)), 1);
        }

        return !requireUnit && NumberReading.Read(text, HourWords) is { } hours ? Math.Round(hours * PerWeek(text), 1) : null;
    }

    private static decimal PerWeek(string text)
    {
        var tokens = PhraseMatcher.Tokens(text);
        if (tokens.Any(t => t is "weekday" or "weekdays"))
        {
            return 5;
        }

        if (tokens.Any(t => t is "day" or "daily" or "night" or "nightly" or "evening"))
        {
            return 7;
        }

        return tokens.Any(t => t is "month" or "monthly") ? 12m / 52 : 1;
    }

    private static List<Dictionary<string, string>> Values(ModelResult result) =>
        result.Resolution.GetValueOrDefault(ResolutionKey.Values) as List<Dictionary<string, string>> ?? [];
}
