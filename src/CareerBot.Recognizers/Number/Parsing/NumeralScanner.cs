using System.Globalization;
using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Finds numbers written with digits: grouped ("1,234,567", "12,34,567.89", "1 234 567"),
/// decimals (".5", "1,3"), suffixed ("10k", "1.2b", "10M"), powers ("1e10", "1.1^23",
/// "1.3x10^6"), fractions ("-4/5", "2 1/4", "¾"). Case matters for the suffixes ("10M" is ten
/// million, "1m" is a metre), so it reads the original query, not the lower-cased one.
/// </summary>
internal static partial class NumeralScanner
{
    private static readonly Dictionary<char, double> s_vulgarFractions = new()
    {
        ['½'] = 1 / 2d, ['⅓'] = 1 / 3d, ['⅔'] = 2 / 3d, ['¼'] = 1 / 4d, ['¾'] = 3 / 4d,
        ['⅕'] = 1 / 5d, ['⅖'] = 2 / 5d, ['⅗'] = 3 / 5d, ['⅘'] = 4 / 5d, ['⅙'] = 1 / 6d,
        ['⅚'] = 5 / 6d, ['⅛'] = 1 / 8d, ['⅜'] = 3 / 8d, ['⅝'] = 5 / 8d, ['⅞'] = 7 / 8d,
    };

    [GeneratedRegex("""
        (?<sign>-\s*)?
        (?:
            (?<pow>(?<pm>\d+(?:\.\d+)?)\s*[x×]\s*10\^(?<pe>[-+]?\d+))
          | (?<sci>(?<sm>\d+(?:\.\d+)?|\.\d+)[eE](?<se>[-+]?\d+))(?![\p{L}\d])
          | (?<caret>(?<cm>\d+(?:\.\d+)?)\^(?<ce>[-+]*\d+))
          | (?<mixed>(?<mw>\d+)\s+(?<mn>\d+)/(?<md>\d+))(?![/\d])
          | (?<![/]|\w-)(?<frac>(?<fn>\d+)/(?<fd>\d+))(?![/\d])
          | (?<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])
          | (?<spaced>\d{1,3}(?:[\u0020\u202f\u00a0]\d{3})+(?:\.\d+)?)(?![\d,.]?\d)
          | (?<run>\d+(?:[.,]\d+)*|\.\d+)
        )
        (?:(?:
            (?<k>\s{0,2}[kK]) | (?<mm>MM) | (?<m>M) | (?<g>G) | (?<b>[bB]) | (?<mil>mil)
          | (?<bln>\s?bln) | (?<tln>\s?tln) | \s(?<m>M) | \s(?<g>G)
        )(?![\p{L}\d]))?
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex NumeralPattern();

    public static IEnumerable<Token> Scan(string original, string lower)
    {
        foreach (Match match in NumeralPattern().Matches(original))
        {
            foreach (var token in Interpret(match, original, lower))
                yield return token;
        }
    }

    private static IEnumerable<Token> Interpret(Match match, string original, string lower)
    {
        var start = match.Index;
        var sign = 1d;
        if (match.Groups["sign"].Success)
        {
            if (IsSignAllowed(original, start, match.Groups["sign"].Length)) sign = -1;
            else start += match.Groups["sign"].Length;
        }

        if (match.Groups["run"].Success && !match.Groups["k"].Success && !HasMultiplier(match))
        {
            var pieces = GroupedDigits.Split(match.Groups["run"].Value, match.Groups["run"].Index);
            if (pieces.Count > 1)
            {
                foreach (var piece in pieces)
                    yield return Make(piece.Start, piece.End, piece.Value, NumberForm.Integer, true, original, lower);
                yield break;
            }
        }

        var (value, form) = ValueOf(match);
        var multiplier = Multiplier(match);
        if (multiplier != 1)
        {
            value *= multiplier;
            form = value == Math.Floor(value) ? NumberForm.Integer : NumberForm.Decimal;
        }

        var plain = match.Groups["run"].Success && multiplier == 1 && form == NumberForm.Integer
            && match.Groups["run"].Value.All(char.IsAsciiDigit);
        yield return Make(start, match.Index + match.Length, sign * value, form, plain && sign > 0, original, lower);
    }

    private static Token Make(int start, int end, double value, NumberForm form, bool plain, string original, string lower) =>
        new(TokenKind.Numeral, lower[start..end], start, end, start > 0 && char.IsWhiteSpace(original[start - 1]))
        {
            Value = value,
            Form = form,
            IsPlainInteger = plain,
            GluedToLetters = end < original.Length && char.IsLetter(original[end]),
        };

    /// <summary>A minus is a sign only when it does not join two words or numbers ("SCP-173", "1000 - 5000").</summary>
    private static bool IsSignAllowed(string text, int index, int signLength)
    {
        var before = index - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        return before < 0 || !char.IsLetterOrDigit(text[before]) || signLength < 0;
    }

    private static bool HasMultiplier(Match m) =>
        m.Groups["mm"].Success || m.Groups["m"].Success || m.Groups["g"].Success || m.Groups["b"].Success
        || m.Groups["mil"].Success || m.Groups["bln"].Success || m.Groups["tln"].Success;

    private static double Multiplier(Match m) =>
        m.Groups["k"].Success ? 1e3
        : m.Groups["mm"].Success || m.Groups["m"].Success || m.Groups["mil"].Success ? 1e6
        : m.Groups["g"].Success || m.Groups["b"].Success || m.Groups["bln"].Success ? 1e9
        : m.Groups["tln"].Success ? 1e12
        : 1;

    private static (double Value, NumberForm Form) ValueOf(Match m)
    {
        if (m.Groups["pow"].Success)
            return (Parse(m.Groups["pm"].Value) * Math.Pow(10, Parse(m.Groups["pe"].Value)), NumberForm.Power);
        if (m.Groups["sci"].Success)
            return (Parse(m.Groups["sm"].Value) * Math.Pow(10, Parse(m.Groups["se"].Value)), NumberForm.Power);
        if (m.Groups["caret"].Success)
        {
            var exponent = m.Groups["ce"].Value;
            var negative = exponent.Count(c => c == '-') % 2 == 1;
            var power = Parse(exponent.TrimStart('-', '+'));
            return (Math.Pow(Parse(m.Groups["cm"].Value), negative ? -power : power), NumberForm.Power);
        }

        if (m.Groups["mixed"].Success)
        {
            var whole = Parse(m.Groups["mw"].Value);
            return (whole + (Parse(m.Groups["mn"].Value) / Parse(m.Groups["md"].Value)), NumberForm.Fraction);
        }

        if (m.Groups["frac"].Success)
            return (Parse(m.Groups["fn"].Value) / Parse(m.Groups["fd"].Value), NumberForm.Fraction);
        if (m.Groups["vulgar"].Success)
            return (s_vulgarFractions[m.Groups["vulgar"].Value[0]], NumberForm.Fraction);
        if (m.Groups["spaced"].Success)
        {
            var digits = new string(m.Groups["spaced"].Value.Where(c => char.IsAsciiDigit(c) || c == '.').ToArray());
            var spacedValue = Parse(digits);
            return (spacedValue, IsWhole(spacedValue) ? NumberForm.Integer : NumberForm.Decimal);
        }

        var value = GroupedDigits.Value(m.Groups["run"].Value);
        return (value, IsWhole(value) ? NumberForm.Integer : NumberForm.Decimal);
    }

    private static bool IsWhole(double value) => value == Math.Floor(value);

    internal static double Parse(string digits) =>
        double.Parse(digits.StartsWith('.') ? "0" + digits : digits, NumberStyles.Float, CultureInfo.InvariantCulture);
}
