using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// Hours of study in a duration's timex. Microsoft's recognizer folds the period into the duration
/// ("an hour a day" → P1DT1H, "10 hours a week" → P1WT10H), so a single day, week or month before the
/// time part is read as "per" that period; a bare time ("PT5H") leaves the period to the words around it.
/// </summary>
public sealed partial record StudyTime(decimal Hours, decimal? PerWeek)
{
    public static StudyTime? FromTimex(string? timex)
    {
        var match = timex is null ? null : TimexPattern().Match(timex);
        if (match is not { Success: true })
        {
            return null;
        }

        var hours = Number(match.Groups["h"]) + (Number(match.Groups["m"]) / 60);
        if (hours <= 0)
        {
            return null;
        }

        decimal? perWeek = match.Groups["period"].Value switch
        {
            "" => null,
            "1D" => 7,
            "1W" => 1,
            "1M" => 12m / 52,
            _ => -1,
        };
        return perWeek < 0 ? null : new StudyTime(hours, perWeek);
    }

    private static decimal Number(Group group) =>
        group.Success ? decimal.Parse(group.Value, NumberStyles.Float, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?<period>\d+[DWM])?T(?:(?<h>\d+(?:\.\d+)?)H)?(?:(?<m>\d+(?:\.\d+)?)M)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimexPattern();
}
