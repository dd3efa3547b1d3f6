using System.Globalization;
using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Salary;

/// <summary>
/// Finds each source's band in <c>data/salaries.yaml</c> for a level, or for years of experience by
/// the source's own year ranges ("2–5", "10+") — so 3 years can be mid level in one source and junior in another.
/// </summary>
public static class SalaryBands
{
    public static List<SalaryBand> ForLevel(SalaryTable table, string level) =>
        table.Levels.Select(source => source.Rows.FirstOrDefault(r => r.Level == level) is { } row
            ? new SalaryBand(source.Source, row, SalaryBandMatch.Found)
            : new SalaryBand(source.Source, null, SalaryBandMatch.NoLevel)).ToList();

    public static List<SalaryBand> ForYears(SalaryTable table, decimal years) =>
        table.Levels.Select(source => source.Rows.FirstOrDefault(r => Covers(r.Years, years)) is { } row
            ? new SalaryBand(source.Source, row, SalaryBandMatch.Found)
            : new SalaryBand(source.Source, source.Rows.LastOrDefault(), SalaryBandMatch.NoYears)).ToList();

    /// <summary>Whether a years text ("0–2", "10+") covers the years; both ends count, and the first band that does wins.</summary>
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
