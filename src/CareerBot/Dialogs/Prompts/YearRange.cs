using System.Globalization;

namespace CareerBot.Dialogs.Prompts;

/// <summary>A years range as the guide and our content write it: "0–2", "2-5", "10+".</summary>
public static class YearRange
{
    /// <summary>Whether the range covers the years; both ends count, so where ranges touch the first one listed wins.</summary>
    /// <summary>The middle of a range ("2–4" → 3; "10+" → 10), or null when it is not one.</summary>
    public static decimal? Middle(string? range)
    {
        var text = (range ?? "").Replace('-', '–');
        if (text.EndsWith('+'))
        {
            return Parse(text.TrimEnd('+'));
        }

        var parts = text.Split('–');
        return parts.Length == 2 && Parse(parts[0]) is { } low && Parse(parts[1]) is { } high ? (low + high) / 2 : null;
    }

    public static bool Covers(string? range, decimal years)
    {
        if (string.IsNullOrWhiteSpace(range))
        {
            return false;
        }

        var text = range.Replace('-', '–');
        if (text.EndsWith('+'))
        {
            return Parse(text.TrimEnd('+')) is { } from && years >= from;
        }

        var parts = text.Split('–');
        return parts.Length == 2 && Parse(parts[0]) is { } low && Parse(parts[1]) is { } high && years >= low && years <= high;
    }

    private static decimal? Parse(string text) =>
        decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;
}
