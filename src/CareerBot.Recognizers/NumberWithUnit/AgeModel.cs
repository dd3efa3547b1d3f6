using System.Text.RegularExpressions;
using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.NumberWithUnit;

/// <summary>
/// Ages: "I'm 25 years old", "eighteen months of age", "a 87 yo man", "age 87". A bare duration
/// ("25 years") is not an age; that is the date-time model's business.
/// </summary>
internal sealed partial class AgeModel(string culture) : IModel
{
    [GeneratedRegex(@"\G[\s-]*(?<unit>years?|yrs?|months?|weeks?|days?)[\s-]+(?:old|of\s+age)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex UnitOldAfter();

    [GeneratedRegex(@"\G\s*(?:yo|y/o|y\.o\.)(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex YearsOldAbbreviation();

    [GeneratedRegex(@"\bage\s+(?:of\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    public string ModelTypeName => "age";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var results = new List<ModelResult>();
        foreach (var number in new NumberFinder(text).StandaloneNumbers().Where(n => n.Value >= 0))
        {
            string unit;
            int start = number.Start, end;
            if (UnitOldAfter().Match(text, number.End) is { Success: true } old)
            {
                unit = UnitName(old.Groups["unit"].Value);
                end = old.Index + old.Length;
            }
            else if (YearsOldAbbreviation().Match(text, number.End) is { Success: true } yo)
            {
                unit = "Year";
                end = yo.Index + yo.Length;
            }
            else if (AgeBefore().Match(text[..number.Start]) is { Success: true } age)
            {
                unit = "Age";
                start = age.Index;
                end = number.End;
            }
            else
            {
                continue;
            }

            results.Add(ModelResults.Create(text, start, end, "age", ModelResults.Resolution(
                (ResolutionKey.Value, NumberFormatter.Format(number.Value)),
                (ResolutionKey.Unit, unit))));
        }

        return results;
    }

    private static string UnitName(string unit) => char.ToLowerInvariant(unit[0]) switch
    {
        'y' => "Year",
        'm' => "Month",
        'w' => "Week",
        _ => "Day",
    };
}
