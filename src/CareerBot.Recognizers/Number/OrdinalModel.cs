using System.Globalization;
using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.Number;

/// <summary>Ordinals: "2nd", "the second", "twenty-first", and relative ones ("last", "next one", "the second to last").</summary>
internal sealed class OrdinalModel(string culture) : IModel
{
    public string ModelTypeName => "ordinal";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, text =>
        [.. OrdinalFinder.FindAll(new NumberFinder(text)).Select(o => ModelResults.Create(text, o.Start, o.End,
            o.IsRelative ? "ordinal.relative" : "ordinal",
            ModelResults.Resolution(
                (ResolutionKey.Value, o.Value),
                (ResolutionKey.Offset, o.IsRelative ? o.Offset.ToString(CultureInfo.InvariantCulture) : NumberFormatter.Format(o.Offset)),
                (ResolutionKey.RelativeTo, o.RelativeTo))))]);
}
