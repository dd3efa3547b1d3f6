using System.Globalization;
using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// A future date: "by next June" (stored as the month, 2027-06), "2027-03-01", "in 6 months", or one
/// of the wording's choices ("no" → none). Past dates are re-asked.
/// </summary>
public sealed class DatePrompt(PromptWording wording) : Prompt(wording)
{
    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now) =>
        ChoiceMatcher.Exact(text, Wording.Choices)?.Value ?? Find(text, now, durations: true);

    /// <summary>
    /// The first future date in the text, as yyyy, yyyy-MM or yyyy-MM-dd. With <paramref name="durations"/>,
    /// a span of a day or more counts from today ("within 6 months"); without, "5 hours a week" is never a date.
    /// </summary>
    public static string? Find(string text, DateTimeOffset now, bool durations)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var result in EnglishRecognizers.DateTimes(text, now.Date))
        {
            var values = result.Resolution.GetValueOrDefault(ResolutionKey.Values) as List<Dictionary<string, string>> ?? [];
            foreach (var value in values)
            {
                if ((durations || result.TypeName != "datetimeV2.duration") && Read(value, today) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    /// <summary>The last day a stored target allows: the end of its month or year when it names one.</summary>
    public static DateOnly Deadline(string stored) => stored.Length switch
    {
        4 => new DateOnly(int.Parse(stored, CultureInfo.InvariantCulture), 12, 31),
        7 => DateOnly.ParseExact(stored + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture).AddMonths(1).AddDays(-1),
        _ => DateOnly.ParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static string Label(string stored) => stored.Length switch
    {
        4 => stored,
        7 => Deadline(stored).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => Deadline(stored).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
    };

    private static string? Read(Dictionary<string, string> value, DateOnly today)
    {
        var type = value.GetValueOrDefault("type");
        var timex = value.GetValueOrDefault("timex") ?? "";
        if (type == "duration" && decimal.TryParse(value.GetValueOrDefault("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            if (seconds < 86400)
            {
                return null;
            }

            return today.AddDays((int)Math.Ceiling(seconds / 86400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (Season(timex) is { } season)
        {
            return Deadline(season) > today ? season : null;
        }

        var start = Date(value.GetValueOrDefault("value") ?? value.GetValueOrDefault("start"));
        var end = Date(value.GetValueOrDefault("end")) ?? start;
        if (end is null || end <= today)
        {
            return null;
        }

        var named = timex.Length is 4 or 7 && char.IsDigit(timex[0]) && !timex.Contains('W', StringComparison.Ordinal);
        // An open range ("before June") has an end and no start: the end is the date it names.
        return named ? timex : (start ?? end.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    // "by next summer": the recognizer names the season ("2027-SU") without dates; it is read as the month the
    // season starts in (northern hemisphere, as the guide's US sources are), so "by summer" means by June.
    private static string? Season(string timex) =>
        timex.Length == 7 && char.IsDigit(timex[0]) && timex[4] == '-' && timex[5..] switch
        {
            "SP" => "03",
            "SU" => "06",
            "FA" => "09",
            "WI" => "12",
            _ => null,
        } is { } month ? timex[..5] + month : null;

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
