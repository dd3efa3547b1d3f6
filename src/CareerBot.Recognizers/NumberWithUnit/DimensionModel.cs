using System.Globalization;
using System.Text.RegularExpressions;
using CareerBot.Recognizers.Number.Parsing;
using CareerBot.Recognizers.NumberWithUnit.Units;

namespace CareerBot.Recognizers.NumberWithUnit;

/// <summary>Measurements: "10 km", "200lbs", "3-inch", "5 ft 2 in", "100 MB", "10 km/h", "a half turn".</summary>
internal sealed partial class DimensionModel(string culture) : IModel
{
    [GeneratedRegex(@"\b(temperature|celsius|fahrenheit)\b|°", RegexOptions.IgnoreCase)]
    private static partial Regex TemperatureContext();

    [GeneratedRegex(@"\G\s*(?:and\s+)?(?<n>\d+(?:\.\d+)?)\s*(?:in|inch|inches|"")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TrailingInches();

    public string ModelTypeName => "dimension";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var numbers = new NumberFinder(text);
        var temperature = TemperatureContext().IsMatch(text);
        var results = new List<ModelResult>();
        var coveredUntil = -1;
        foreach (var mention in UnitMentionFinder.Find(text, numbers, DimensionUnits.Matcher, n => StandsAlone(text, n)))
        {
            if (!IsPlausible(text, mention, temperature) || mention.Start <= coveredUntil) continue;
            var end = mention.End;
            var value = NumberFormatter.Format(mention.Value!.Value);
            if (mention.Alias.Unit == "Foot" && TrailingInches().Match(text, end) is { Success: true } inches)
            {
                var feet = mention.Value!.Value + (double.Parse(inches.Groups["n"].Value, CultureInfo.InvariantCulture) / 12);
                value = feet.ToString(CultureInfo.InvariantCulture);
                end = inches.Index + inches.Length;
            }

            coveredUntil = end - 1;
            results.Add(ModelResults.Create(text, mention.Start, end, "dimension", ModelResults.Resolution(
                (ResolutionKey.Value, value),
                (ResolutionKey.Unit, mention.Alias.Unit),
                (ResolutionKey.SubType, mention.Alias.Subtype))));
        }

        return results;
    }

    /// <summary>Not part of a code or a clock time: "scp-173m", "A1", "2:00 pm".</summary>
    private static bool StandsAlone(string text, ParsedNumber number)
    {
        if (number.Start == 0) return true;
        var before = text[number.Start - 1];
        if (char.IsLetter(before) || before == ':') return false;
        return before != '-' || number.Start < 2 || !char.IsLetterOrDigit(text[number.Start - 2]);
    }

    /// <summary>Short symbols that are also ordinary words or clock suffixes need a tighter context.</summary>
    private static bool IsPlausible(string text, UnitMention mention, bool temperature)
    {
        var alias = mention.Alias.Text.ToLowerInvariant();
        if (mention.End < text.Length - 1 && text[mention.End] == '-' && char.IsDigit(text[mention.End + 1])) return false;
        if (alias == "pm" && mention.Attached) return false;
        if (alias is "t" or "l" && !mention.Attached) return false;
        if (mention.Alias.Unit == "Degree" && temperature) return false;
        return true;
    }
}
