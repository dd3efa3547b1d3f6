using CareerBot.Knowledge.Content;

namespace CareerBot.Dialogs.Salary;

/// <summary>One source's band for the level asked about, or why it has none.</summary>
public sealed record SalaryBand(string SourceId, SalaryLevelRow? Row, SalaryBandMatch Match);

public enum SalaryBandMatch
{
    /// <summary>The source has a band for this level or these years.</summary>
    Found,

    /// <summary>The source has no band with this level name.</summary>
    NoLevel,

    /// <summary>No band of the source covers these years; <see cref="SalaryBand.Row"/> is its top band.</summary>
    NoYears,
}
