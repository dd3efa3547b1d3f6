using CareerBot.Recognizers.Number.Parsing;
using CareerBot.Recognizers.NumberWithUnit.Units;

namespace CareerBot.Recognizers.NumberWithUnit;

/// <summary>Money: "$1.2k", "500 dollars", "1,200 USD", "three hundred bucks", "3 dollars 50 cents".</summary>
internal sealed class CurrencyModel(string culture) : IModel
{
    public string ModelTypeName => "currency";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var numbers = new NumberFinder(text);
        var mentions = UnitMentionFinder.Find(text, numbers, CurrencyUnits.Matcher);
        var merged = new List<UnitMention>();
        foreach (var mention in mentions)
        {
            if (merged.Any(mention.Overlaps)) continue;
            merged.Add(WithCents(text, numbers, WithTrailingScale(text, mention)));
        }

        merged.AddRange(UnitMentionFinder.Bare(text, CurrencyUnits.Matcher, merged));
        return [.. merged.OrderBy(m => m.Start).Select(m => ToResult(text, m))];
    }

    private static ModelResult ToResult(string text, UnitMention mention)
    {
        var resolution = ModelResults.Resolution(
            (ResolutionKey.Value, mention.Value is { } value ? NumberFormatter.Format(value * mention.Alias.Multiplier) : null),
            (ResolutionKey.Unit, mention.Alias.Unit));
        if (mention.Alias.Iso is { } iso) resolution[ResolutionKey.IsoCurrency] = iso;
        return ModelResults.Create(text, mention.Start, mention.End, "currency", resolution);
    }

    /// <summary>"75 usd million": a scale word after the currency still scales the amount.</summary>
    private static UnitMention WithTrailingScale(string text, UnitMention mention)
    {
        if (mention.Number is null || mention.Number.Start != mention.Start) return mention;
        var position = mention.End;
        while (position < text.Length && text[position] == ' ') position++;
        foreach (var (word, scale) in NumberWords.Scales)
        {
            if (string.Compare(text, position, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (position + word.Length == text.Length || !char.IsLetter(text[position + word.Length])))
            {
                return mention with { End = position + word.Length, Value = mention.Value * scale };
            }
        }

        return mention;
    }

    /// <summary>"3 dollars 50 cents", "thirteen dollars and forty-five", "c $ 100 and fifty".</summary>
    private static UnitMention WithCents(string text, NumberFinder numbers, UnitMention mention)
    {
        if (mention.Value is not { } whole || whole != Math.Floor(whole) || !CurrencyUnits.HasCents(mention.Alias.Unit)) return mention;
        var position = SkipSpaces(text, mention.End);
        if (string.Compare(text, position, "and ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
            position = SkipSpaces(text, position + 4);
        var cents = numbers.Numbers.FirstOrDefault(n => n.Start == position);
        if (cents is null || cents.Form != NumberForm.Integer || cents.Value is <= 0 or >= 100 || cents.GluedToLetters) return mention;

        var end = cents.End;
        var unitAt = SkipSpaces(text, end);
        if (CurrencyUnits.Matcher.StartingAt(text, unitAt, UnitPlacement.After) is { } next)
        {
            if (next.Unit != "Cent") return mention;
            end = unitAt + next.Text.Length;
        }

        return mention with { End = end, Value = whole + (cents.Value / 100) };
    }

    private static int SkipSpaces(string text, int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
        return position;
    }
}
