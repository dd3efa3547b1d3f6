using System.Globalization;

namespace CareerBot.Recognizers.DateTime;

/// <summary>A unit of duration with its TIMEX3 letter and its length in seconds (a month is 30 days, a year 365).</summary>
internal sealed record DurationUnit(string Timex, bool IsTime, double Seconds)
{
    public static DurationUnit? From(string word) => word.TrimEnd('s') switch
    {
        "year" or "yr" or "y" => new("Y", false, 31536000),
        "month" or "mo" => new("M", false, 2592000),
        "week" or "wk" or "w" => new("W", false, 604800),
        "weekend" => new("WE", false, 172800),
        "day" or "d" or "night" => new("D", false, 86400),
        "hour" or "hr" or "h" => new("H", true, 3600),
        "minute" or "min" => new("M", true, 60),
        "second" or "sec" or "" => new("S", true, 1),
        _ => null,
    };

    public static string Number(double value) => value.ToString("0.################", CultureInfo.InvariantCulture);
}
