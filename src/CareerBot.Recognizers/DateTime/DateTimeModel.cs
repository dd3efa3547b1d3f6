using System.Text.RegularExpressions;

namespace CareerBot.Recognizers.DateTime;

/// <summary>
/// Dates, date ranges and durations, resolved like Microsoft's datetimeV2: each result has a
/// "values" list of string dictionaries (timex, type, value or start/end).
/// </summary>
public sealed partial class DateTimeModel(string culture) : IModel
{
    [GeneratedRegex(@"\b(?<by>by|before|until|after|since)\s+$", RegexOptions.ExplicitCapture)]
    private static partial Regex ModifierBefore();

    public string ModelTypeName => "datetime";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => Parse(query, System.DateTime.Now);

    public List<ModelResult> Parse(string query, System.DateTime refTime) => ModelResults.Safely(culture, query, text =>
    {
        var masked = new MaskedQuery(text);
        var candidates = DateFinder.Find(masked, refTime).Concat(DurationFinder.Find(masked));
        var chosen = new List<DateTimeMention>();
        foreach (var mention in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End - c.Start))
        {
            if (!chosen.Any(mention.Overlaps)) chosen.Add(mention);
        }

        return [.. chosen.OrderBy(c => c.Start).Select(c => ToResult(text, masked, c))];
    });

    /// <summary>"by next June" keeps its "by": the date is a deadline (Mod "before"), not the date itself.</summary>
    private static ModelResult ToResult(string text, MaskedQuery masked, DateTimeMention mention)
    {
        var start = mention.Start;
        var values = mention.Values.Select(v => new Dictionary<string, string>(v)).ToList();
        if (mention.Type is "date" or "daterange" && ModifierBefore().Match(masked.Lower[..start]) is { Success: true } modifier)
        {
            start = modifier.Index;
            var mod = modifier.Groups["by"].Value switch { "after" => "after", "since" => "since", _ => "before" };
            foreach (var value in values) value["Mod"] = mod;
        }

        return ModelResults.Create(text, start, mention.End, "datetimeV2." + mention.Type,
            ModelResults.Resolution((ResolutionKey.Values, values)));
    }
}
