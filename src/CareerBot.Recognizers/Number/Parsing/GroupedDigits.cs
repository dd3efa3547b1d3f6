using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Reads a run of digits joined by dots and commas. Thousands may be grouped US style
/// ("1,234.5"), Indian style ("12,34,567") or European style ("1.111,11"); a single comma
/// followed by one or two digits is a decimal comma ("1,3"). Anything else ("192.168.1.2",
/// "22,24,26") is a list of separate integers.
/// </summary>
internal static partial class GroupedDigits
{
    [GeneratedRegex(@"^(\d{1,3}(,\d{2})*(,\d{3})+(\.\d+)?|\d+\.\d+|\.\d+|\d+|\d+,\d{1,2})$")]
    private static partial Regex UsStyle();

    [GeneratedRegex(@"^\d{1,3}(\.\d{3})+,\d+$")]
    private static partial Regex EuropeanStyle();

    public static bool IsSingleNumber(string run) => UsStyle().IsMatch(run) || EuropeanStyle().IsMatch(run);

    public static double Value(string run)
    {
        if (EuropeanStyle().IsMatch(run))
            return NumeralScanner.Parse(run.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.'));
        if (Regex.IsMatch(run, @"^\d+,\d{1,2}$"))
            return NumeralScanner.Parse(run.Replace(',', '.'));
        return NumeralScanner.Parse(run.Replace(",", string.Empty, StringComparison.Ordinal));
    }

    public static List<(int Start, int End, double Value)> Split(string run, int offset)
    {
        if (IsSingleNumber(run)) return [(offset, offset + run.Length, Value(run))];
        var pieces = new List<(int, int, double)>();
        foreach (Match digits in Regex.Matches(run, @"\d+"))
            pieces.Add((offset + digits.Index, offset + digits.Index + digits.Length, NumeralScanner.Parse(digits.Value)));
        return pieces;
    }
}
