using System.Globalization;
using CareerBot.Recognizers;

namespace CareerBot.Dialogs.Prompts;

/// <summary>
/// Reads a reply that is a number and little else ("about 5", "ten hours"): the words around the
/// number must all be harmless filler, so "make the budget 800" is not read as 800 hours.
/// </summary>
public static class NumberReading
{
    private static readonly HashSet<string> CommonFillers = new(StringComparer.Ordinal)
    {
        "about", "around", "roughly", "approximately", "maybe", "probably", "like", "say", "i", "d", "id", "so", "or", "just", "only",
        "um", "uh", "hmm", "ok", "okay", "well", "think", "guess", "can", "could", "have", "got", "ish", "max", "maximum", "up", "to", "at",
        "most", "least", "some", "a", "an", "it", "s", "is", "its", "my", "me", "the", "of", "please", "around", "approx", "nearly", "almost",
        "ve", "ive", "m", "im", "ll", "ill", "sure", "yeah", "yes", "yep", "oh", "really",
        // a bound is read as the amount: "under 1000", "no more than 5", "less than $800 tops", "within 300"
        "under", "below", "less", "than", "no", "more", "tops", "within", "upto",
    };

    public static decimal? Read(string text, IReadOnlySet<string> unitWords)
    {
        var results = EnglishRecognizers.Numbers(text);
        if (results.Count != 1 || Value(results[0]) is not { } value)
        {
            return null;
        }

        var rest = text.Remove(results[0].Start, results[0].End - results[0].Start + 1);
        return PhraseMatcher.Tokens(rest).All(t => CommonFillers.Contains(t) || unitWords.Contains(t)) ? value : null;
    }

    /// <summary>A statement with a number in it: an attempt at a numeric answer, not a question.</summary>
    public static bool HasNumber(string text) =>
        !text.TrimEnd().EndsWith('?') && EnglishRecognizers.Numbers(text).Count > 0;

    public static decimal? Value(ModelResult result) =>
        result.Resolution.GetValueOrDefault(ResolutionKey.Value) is { } value
        && decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static bool InRange(decimal value, decimal? min, decimal? max) => value >= (min ?? decimal.MinValue) && value <= (max ?? decimal.MaxValue);

    public static string Store(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static decimal Load(string stored) => decimal.Parse(stored, NumberStyles.Float, CultureInfo.InvariantCulture);
}
