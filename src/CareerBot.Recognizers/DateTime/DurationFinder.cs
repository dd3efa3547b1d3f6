using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.DateTime;

/// <summary>
/// Durations: "5 hours", "six months", "2 years", "an hour", "a few minutes", "all day",
/// "1 hour and 30 minutes", "one hour and a half", "3h". Works on the query with its numbers
/// masked as '#' runs (see <see cref="MaskedQuery"/>).
/// </summary>
internal static partial class DurationFinder
{
    private const string Units = @"(?<u>years?|yrs?|months?|weeks?|wks?|weekends?|days?|nights?|hours?|hrs?|minutes?|mins?|seconds?|secs?)";

    [GeneratedRegex($@"(?:\b(?<mod>more|less)\s+than\s+)?(?:(?<n>#+)\s*-?\s*|(?<few>\b(?:a\s+few|few|some|several)\s+)|(?<one>\b(?:an?|another|all|the)\s+)){Units}\b(?:\s+and\s+(?:(?<n2>#+)\s*(?<u2>hours?|minutes?|mins?|seconds?|days?)\b(?!\s+ago\b)|(?<frac>#+)(?!\s*(?:#|hours?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?)\b)))?", RegexOptions.ExplicitCapture)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"(?<![\w.])(?<n>#+)(?<u>[hdwy])\b", RegexOptions.ExplicitCapture)]
    private static partial Regex ShortDurationPattern();

    public static IEnumerable<DateTimeMention> Find(MaskedQuery query)
    {
        foreach (Match match in DurationPattern().Matches(query.Masked))
        {
            if (Resolve(match, query) is { } mention) yield return mention;
        }

        foreach (Match match in ShortDurationPattern().Matches(query.Masked))
        {
            var number = query.ValueAt(match.Groups["n"].Index);
            var unit = DurationUnit.From(match.Groups["u"].Value)!;
            yield return Make(match.Index, match.Index + match.Length, [(number, unit)]);
        }
    }

    private static DateTimeMention? Resolve(Match match, MaskedQuery query)
    {
        var unit = DurationUnit.From(match.Groups["u"].Value);
        if (unit is null) return null;
        var article = match.Groups["one"].Value.Trim();
        if (article == "the" && unit.Timex != "H") return null;
        var amount = match.Groups["n"].Success ? query.ValueAt(match.Groups["n"].Index)
            : match.Groups["few"].Success ? 3
            : 1;
        var parts = new List<(double, DurationUnit)>();
        if (match.Groups["frac"].Success)
        {
            var fraction = query.ValueAt(match.Groups["frac"].Index);
            if (fraction >= 1) return null;
            parts.Add((amount + fraction, unit));
        }
        else
        {
            parts.Add((amount, unit));
            if (match.Groups["n2"].Success && DurationUnit.From(match.Groups["u2"].Value) is { } second)
                parts.Add((query.ValueAt(match.Groups["n2"].Index), second));
        }

        return Make(match.Index, match.Index + match.Length, parts);
    }

    private static DateTimeMention Make(int start, int end, List<(double Amount, DurationUnit Unit)> parts)
    {
        var date = string.Concat(parts.Where(p => !p.Unit.IsTime).Select(p => DurationUnit.Number(p.Amount) + p.Unit.Timex));
        var time = string.Concat(parts.Where(p => p.Unit.IsTime).Select(p => DurationUnit.Number(p.Amount) + p.Unit.Timex));
        var timex = "P" + date + (time.Length > 0 ? "T" + time : string.Empty);
        var seconds = parts.Sum(p => p.Amount * p.Unit.Seconds);
        return DateTimeMention.Single(start, end, "duration",
            ("timex", timex), ("type", "duration"), ("value", seconds.ToString(CultureInfo.InvariantCulture)));
    }
}
