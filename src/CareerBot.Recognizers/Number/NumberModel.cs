using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.Number;

/// <summary>Cardinal numbers, decimals, fractions and powers: "twenty five", "$1.2k" → 1200, "three quarters".</summary>
internal sealed class NumberModel(string culture) : IModel
{
    public string ModelTypeName => "number";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, text =>
        [.. new NumberFinder(text).StandaloneNumbers().Select(n => ModelResults.Create(text, n.Start, n.End, "number",
            ModelResults.Resolution(
                (ResolutionKey.Value, NumberFormatter.Format(n.Value)),
                (ResolutionKey.SubType, NumberFormatter.Subtype(n.Form)))))]);
}
