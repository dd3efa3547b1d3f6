using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.DateTime;

/// <summary>
/// Dates and date ranges: "today", "tomorrow", "next month", "last week", "in 3 months",
/// "2 days ago", "the last 3 months", "June 2027", "next June", "March 1st", "the 9th of May",
/// "11/20", "2027-03-01". Relative ones resolve against the reference time.
/// </summary>
internal static partial class DateFinder
{
    [GeneratedRegex(@"\b(?<word>today|tomorrow|yesterday)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex DayWord();

    [GeneratedRegex(@"\b(?<rel>next|last|this|previous|coming)\s+(?<unit>week|month|year)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:last|past|previous)\s+(?<n>#+)\s+(?<unit>days?|weeks?|months?|years?)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex LastPeriods();

    [GeneratedRegex(@"\bin\s+(?:(?<n>#+)|an?)\s+(?<unit>days?|weeks?|months?|years?)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex InPeriods();

    [GeneratedRegex(@"(?:\b(?<n>#+)|\ban?)\s+(?<unit>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.ExplicitCapture)]
    private static partial Regex PeriodsAgo();

    [GeneratedRegex($@"\b(?:{CalendarText.Weekday}\s+)?{CalendarText.Month}\.?\s+(?<d>#{{1,2}})(?:st|nd|rd|th)?(?![\w#])(?:,?\s+(?<y>#{{4}}))?", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthDay();

    [GeneratedRegex($@"\b(?:the\s+)?(?<d>#{{1,2}})(?:st|nd|rd|th)?\s+of\s+{CalendarText.Month}\b(?:,?\s+(?<y>#{{4}}))?", RegexOptions.ExplicitCapture)]
    private static partial Regex DayOfMonth();

    [GeneratedRegex($@"\b(?:(?<rel>next|last|this)\s+)?{CalendarText.Month}\b(?:\s+(?<y>#{{4}}))?", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![\w/.])(?<m>\d{1,2})/(?<d>\d{1,2})(?![\w/.])", RegexOptions.ExplicitCapture)]
    private static partial Regex MonthSlashDay();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b", RegexOptions.ExplicitCapture)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?:each|every)\s+(?<unit>day|week|month|year)\b", RegexOptions.ExplicitCapture)]
    private static partial Regex EveryPeriod();

    public static IEnumerable<DateTimeMention> Find(MaskedQuery query, System.DateTime now)
    {
        var today = now.Date;
        foreach (Match m in DayWord().Matches(query.Masked))
        {
            var offset = m.Groups["word"].Value switch { "tomorrow" => 1, "yesterday" => -1, _ => 0 };
            yield return Day(m, today.AddDays(offset));
        }

        foreach (Match m in RelativePeriod().Matches(query.Masked))
            yield return Period(m, today, m.Groups["rel"].Value switch { "next" or "coming" => 1, "this" => 0, _ => -1 }, m.Groups["unit"].Value);

        foreach (Match m in LastPeriods().Matches(query.Masked))
        {
            var n = query.ValueAt(m.Groups["n"].Index);
            var unit = m.Groups["unit"].Value.TrimEnd('s');
            var start = Shift(today, unit, -n);
            var timex = $"({CalendarText.Date(start)},{CalendarText.Date(today)},P{DurationUnit.Number(n)}{DurationUnit.From(unit)!.Timex})";
            yield return Range(m, timex, start, today);
        }

        foreach (Match m in InPeriods().Matches(query.Masked))
            yield return Day(m, Shift(today, m.Groups["unit"].Value.TrimEnd('s'), m.Groups["n"].Success ? query.ValueAt(m.Groups["n"].Index) : 1));

        foreach (Match m in PeriodsAgo().Matches(query.Masked))
            yield return Day(m, Shift(today, m.Groups["unit"].Value.TrimEnd('s'), -(m.Groups["n"].Success ? query.ValueAt(m.Groups["n"].Index) : 1)));

        foreach (var regex in new[] { MonthDay(), DayOfMonth() })
        {
            foreach (Match m in regex.Matches(query.Masked))
            {
                var month = CalendarText.MonthNumber(m.Groups["mon"].Value);
                var day = (int)query.ValueAt(m.Groups["d"].Index);
                int? year = m.Groups["y"].Success ? (int)query.ValueAt(m.Groups["y"].Index) : null;
                if (MonthDayMention(m.Index, m.Index + m.Length, today, year, month, day) is { } mention) yield return mention;
            }
        }

        foreach (Match m in MonthYear().Matches(query.Masked))
        {
            // "this may be" and "you may" use the verb, not the month.
            if (m.Groups["mon"].Value == "may" && !m.Groups["y"].Success && m.Groups["rel"].Value is "" or "this") continue;
            yield return MonthRange(m, query, today);
        }

        foreach (Match m in EveryPeriod().Matches(query.Masked))
        {
            var timex = "P1" + DurationUnit.From(m.Groups["unit"].Value)!.Timex;
            yield return DateTimeMention.Single(m.Index, m.Index + m.Length, "set", ("timex", timex), ("type", "set"), ("value", "not resolved"));
        }

        foreach (Match m in MonthSlashDay().Matches(query.Lower))
        {
            if (MonthDayMention(m.Index, m.Index + m.Length, today, null, Int(m, "m"), Int(m, "d")) is { } mention) yield return mention;
        }

        foreach (Match m in IsoDate().Matches(query.Lower))
        {
            if (MonthDayMention(m.Index, m.Index + m.Length, today, Int(m, "y"), Int(m, "m"), Int(m, "d")) is { } mention) yield return mention;
        }
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static System.DateTime Shift(System.DateTime date, string unit, double amount) => unit switch
    {
        "year" => date.AddYears((int)amount),
        "month" => date.AddMonths((int)amount),
        "week" => date.AddDays(7 * amount),
        _ => date.AddDays(amount),
    };

    private static DateTimeMention Day(Match m, System.DateTime date) =>
        DateTimeMention.Single(m.Index, m.Index + m.Length, "date",
            ("timex", CalendarText.Date(date)), ("type", "date"), ("value", CalendarText.Date(date)));

    private static DateTimeMention Range(Match m, string timex, System.DateTime start, System.DateTime end) =>
        DateTimeMention.Single(m.Index, m.Index + m.Length, "daterange",
            ("timex", timex), ("type", "daterange"), ("start", CalendarText.Date(start)), ("end", CalendarText.Date(end)));

    private static DateTimeMention Period(Match m, System.DateTime today, int shift, string unit)
    {
        switch (unit)
        {
            case "week":
                var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * shift);
                var week = $"{ISOWeek.GetYear(monday)}-W{ISOWeek.GetWeekOfYear(monday):00}";
                return Range(m, week, monday, monday.AddDays(7));
            case "month":
                var first = new System.DateTime(today.Year, today.Month, 1).AddMonths(shift);
                return Range(m, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1));
            default:
                var january = new System.DateTime(today.Year + shift, 1, 1);
                return Range(m, january.Year.ToString(CultureInfo.InvariantCulture), january, january.AddYears(1));
        }
    }

    /// <summary>"June 2027" is one month; "next June" is June of next year; a bare "June" could be last or next June.</summary>
    private static DateTimeMention MonthRange(Match m, MaskedQuery query, System.DateTime today)
    {
        var month = CalendarText.MonthNumber(m.Groups["mon"].Value);
        int? year = m.Groups["y"].Success ? (int)query.ValueAt(m.Groups["y"].Index)
            : m.Groups["rel"].Value switch { "next" => today.Year + 1, "last" => today.Year - 1, "this" => today.Year, _ => null };
        if (year is { } known)
        {
            var first = new System.DateTime(known, month, 1);
            return Range(m, first.ToString("yyyy-MM", CultureInfo.InvariantCulture), first, first.AddMonths(1));
        }

        var past = new System.DateTime(month < today.Month ? today.Year : today.Year - 1, month, 1);
        var future = new System.DateTime(month > today.Month ? today.Year : today.Year + 1, month, 1);
        var timex = $"XXXX-{month:00}";
        return new DateTimeMention(m.Index, m.Index + m.Length, "daterange",
        [
            new() { ["timex"] = timex, ["type"] = "daterange", ["start"] = CalendarText.Date(past), ["end"] = CalendarText.Date(past.AddMonths(1)) },
            new() { ["timex"] = timex, ["type"] = "daterange", ["start"] = CalendarText.Date(future), ["end"] = CalendarText.Date(future.AddMonths(1)) },
        ]);
    }

    /// <summary>A day without a year could be the last or the next one, so it gets both readings.</summary>
    private static DateTimeMention? MonthDayMention(int start, int end, System.DateTime today, int? year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1 || day > 31) return null;
        if (year is { } known)
        {
            if (day > System.DateTime.DaysInMonth(known, month)) return null;
            var date = CalendarText.Date(new System.DateTime(known, month, day));
            return DateTimeMention.Single(start, end, "date", ("timex", date), ("type", "date"), ("value", date));
        }

        var timex = $"XXXX-{month:00}-{day:00}";
        var thisYear = SafeDate(today.Year, month, day);
        var past = thisYear <= today ? thisYear : SafeDate(today.Year - 1, month, day);
        var future = thisYear >= today ? thisYear : SafeDate(today.Year + 1, month, day);
        return new DateTimeMention(start, end, "date",
        [
            new() { ["timex"] = timex, ["type"] = "date", ["value"] = CalendarText.Date(past) },
            new() { ["timex"] = timex, ["type"] = "date", ["value"] = CalendarText.Date(future) },
        ]);
    }

    private static System.DateTime SafeDate(int year, int month, int day) =>
        new(year, month, Math.Min(day, System.DateTime.DaysInMonth(year, month)));
}
