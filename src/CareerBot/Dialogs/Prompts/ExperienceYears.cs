using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// Years of experience said in passing: "3 years", "about a year of Python", "six months", "a decade".
/// Durations come from Microsoft's recognizer (P3Y, P6M); a bare "5 years" that it reads as a date
/// range falls back to a number next to "years".
/// </summary>
public static partial class ExperienceYears
{
    private static readonly HashSet<string> YearWords = new(StringComparer.Ordinal) { "years", "year", "yrs", "yr" };

    public static decimal? Find(string text, DateTimeOffset now)
    {
        foreach (var result in EnglishRecognizers.DateTimes(text, now.Date).Where(r => r.TypeName == "datetimeV2.duration"))
        {
            var values = result.Resolution.GetValueOrDefault(ResolutionKey.Values) as List<Dictionary<string, string>> ?? [];
            foreach (var timex in values.Select(v => v.GetValueOrDefault("timex")))
            {
                if (timex is not null && DurationPattern().Match(timex) is { Success: true } match)
                {
                    var amount = decimal.Parse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
                    return match.Groups["unit"].Value switch
                    {
                        "Y" => amount,
                        "M" => Math.Round(amount / 12, 1),
                        _ => Math.Round(amount / 52, 1),
                    };
                }
            }
        }

        var tokens = PhraseMatcher.Tokens(text);
        for (var i = 1; i < tokens.Count; i++)
        {
            if (YearWords.Contains(tokens[i]) && NumberReading.Read(tokens[i - 1], YearWords) is { } years)
            {
                return years;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^P(?<n>\d+(?:\.\d+)?)(?<unit>[YMW])$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}
