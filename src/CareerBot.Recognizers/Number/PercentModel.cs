using System.Text.RegularExpressions;
using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.Number;

/// <summary>Percentages: "10 percent", "20%", "per cent of twenty-two"; a bare "percent" resolves to null.</summary>
internal sealed partial class PercentModel(string culture) : IModel
{
    [GeneratedRegex(@"\G\s*(%|percents?\b|percentage\b|per\s+cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"(percents?|per\s+cent|percentage)\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PercentOfBefore();

    [GeneratedRegex(@"%|\bpercents?\b|\bper\s+cent\b|\bpercentage\b", RegexOptions.IgnoreCase)]
    private static partial Regex BarePercent();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    public string ModelTypeName => "percentage";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var urls = Url().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var spans = new List<(int Start, int End, string? Value)>();
        foreach (var number in new NumberFinder(text).StandaloneNumbers())
        {
            var value = NumberFormatter.Format(number.Value) + "%";
            var before = PercentOfBefore().Match(text[..number.Start]);
            if (before.Success)
            {
                spans.Add((before.Index, number.End, value));
                continue;
            }

            var after = PercentAfter().Match(text, number.End);
            if (after.Success) spans.Add((number.Start, after.Index + after.Length, value));
        }

        foreach (Match bare in BarePercent().Matches(text))
        {
            if (!spans.Any(s => s.Start <= bare.Index && bare.Index < s.End))
                spans.Add((bare.Index, bare.Index + bare.Length, null));
        }

        return [.. spans
            .Where(s => !urls.Any(u => u.Index <= s.Start && s.Start < u.End))
            .OrderBy(s => s.Start)
            .Select(s => ModelResults.Create(text, s.Start, s.End, "percentage", ModelResults.Resolution((ResolutionKey.Value, s.Value))))];
    }
}
