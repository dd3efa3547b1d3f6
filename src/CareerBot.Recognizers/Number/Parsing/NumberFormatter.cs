using System.Globalization;

namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>Formats values the way Microsoft's resolutions do: 15 significant digits, invariant culture.</summary>
internal static class NumberFormatter
{
    public static string Format(double value) => value.ToString("G15", CultureInfo.InvariantCulture);

    public static string Subtype(NumberForm form) => form switch
    {
        NumberForm.Integer => "integer",
        NumberForm.Decimal => "decimal",
        NumberForm.Fraction => "fraction",
        _ => "power",
    };
}
