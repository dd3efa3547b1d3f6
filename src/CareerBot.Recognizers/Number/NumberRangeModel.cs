using System.Text.RegularExpressions;
using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.Number;

/// <summary>
/// Number ranges in interval notation: "between 5 and 10" → [5,10), "more than 30" → (30,),
/// "at most 100 and at least 20" → [20,100]. Numbers are found first and masked as '#' runs of
/// the same length, so the range patterns only describe the words around them.
/// </summary>
internal sealed class NumberRangeModel(string culture) : IModel
{
    public string ModelTypeName => "numberrange";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var finder = new NumberFinder(text);
        var numbers = finder.StandaloneNumbers().ToDictionary(n => n.Start, n => n.Value);
        foreach (var ordinal in OrdinalFinder.FindAll(finder).Where(o => !o.IsRelative))
        {
            if (!numbers.Keys.Any(s => s < ordinal.End && ordinal.Start <= s)) numbers[ordinal.Start] = ordinal.Offset;
        }

        var masked = Mask(text.ToLowerInvariant(), finder, numbers.Keys);
        var found = new List<(int Start, int End, string Value)>();
        foreach (var (pattern, describe) in NumberRangePatterns.All)
        {
            foreach (Match match in pattern.Matches(masked))
            {
                if (describe(match, start => numbers[start]) is { } value)
                    found.Add((match.Index, match.Index + match.Length, value));
            }
        }

        var chosen = new List<(int Start, int End, string Value)>();
        foreach (var range in found.OrderBy(r => r.Start).ThenByDescending(r => r.End - r.Start))
        {
            if (!chosen.Any(c => c.Start < range.End && range.Start < c.End)) chosen.Add(range);
        }

        return [.. chosen.OrderBy(c => c.Start).Select(c =>
            ModelResults.Create(text, c.Start, c.End, "numberrange", ModelResults.Resolution((ResolutionKey.Value, c.Value))))];
    }

    private static string Mask(string lower, NumberFinder finder, IEnumerable<int> starts)
    {
        var chars = lower.ToCharArray();
        var ends = finder.Numbers.ToDictionary(n => n.Start, n => n.End);
        foreach (var ordinal in OrdinalFinder.FindAll(finder)) ends.TryAdd(ordinal.Start, ordinal.End);
        foreach (var start in starts)
        {
            for (var i = start; i < ends[start]; i++) chars[i] = '#';
        }

        return new string(chars);
    }
}
