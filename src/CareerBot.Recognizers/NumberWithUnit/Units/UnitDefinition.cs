namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>Where a unit may stand relative to its number.</summary>
[Flags]
internal enum UnitPlacement
{
    After = 1,
    Before = 2,
    Both = After | Before,

    /// <summary>Recognized even with no number, resolving to a null value ("the dollar fell").</summary>
    Alone = 4,
}

/// <summary>
/// One spelling of a unit: "us $" means United States dollar (USD). Multiplier covers codes such
/// as "MUSD" (millions of US dollars). Case-sensitive aliases distinguish "MB" from "mb".
/// </summary>
internal sealed record UnitAlias(string Text, string Unit, UnitPlacement Placement, string? Iso = null, double Multiplier = 1, bool CaseSensitive = false, string? Subtype = null);
