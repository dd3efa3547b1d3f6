using CareerBot.Knowledge.Content;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// An amount of US dollars: "$500", "three hundred bucks", "1.2k", a bare "500", or one of the
/// wording's choices ("No budget yet" → 0). Other currencies are not converted, so they are re-asked.
/// </summary>
public sealed class CurrencyPrompt(PromptWording wording) : Prompt(wording)
{
    private static readonly HashSet<string> DollarWords = new(StringComparer.Ordinal)
    {
        "dollars", "dollar", "usd", "bucks", "budget", "total", "spend", "for", "exams", "exam", "fees", "on", "will", "want", "would", "be",
        // a ceiling said as a wish: "I'd rather not spend more than 500 bucks", "I don't want to pay over 400"
        "rather", "not", "don", "dont", "t", "do", "spending", "pay", "paying", "over", "willing", "prefer",
    };

    public override bool IsAttempt(string text) => NumberReading.HasNumber(text);

    public override string? Recognize(string text, DateTimeOffset now)
    {
        if (ChoiceMatcher.Exact(text, Wording.Choices) is { } choice)
        {
            return choice.Value;
        }

        var currencies = EnglishRecognizers.Currencies(text);
        if (currencies.Count > 0 && Dollars(text) is null)
        {
            // "€300": an amount, but not one the guide's dollar figures can be compared with.
            return null;
        }

        var amount = Dollars(text) ?? NumberReading.Read(text, DollarWords);
        return amount is { } value && NumberReading.InRange(value, Wording.Min, Wording.Max) ? NumberReading.Store(value) : null;
    }

    /// <summary>The first dollar amount anywhere in the text, for answers given in passing ("I have $500").</summary>
    public static decimal? Dollars(string text) =>
        EnglishRecognizers.Currencies(text)
            .Where(r => r.Resolution.GetValueOrDefault(ResolutionKey.Unit) is "Dollar" or "United States dollar")
            .Select(NumberReading.Value)
            .FirstOrDefault(v => v is not null);
}
