using CareerBot.Dialogs.Prompts;
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
        table.Levels.Select(source => source.Rows.FirstOrDefault(r => YearRange.Covers(r.Years, years)) is { } row
            ? new SalaryBand(source.Source, row, SalaryBandMatch.Found)
            : new SalaryBand(source.Source, source.Rows.LastOrDefault(), SalaryBandMatch.NoYears)).ToList();
}
