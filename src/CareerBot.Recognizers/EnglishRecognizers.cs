using System.Collections.Concurrent;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;
using MicrosoftCulture = Microsoft.Recognizers.Text.Culture;
using MicrosoftResult = Microsoft.Recognizers.Text.ModelResult;

namespace CareerBot.Recognizers;

/// <summary>
/// The one seam between CareerBot and Microsoft.Recognizers.Text: English models only, results copied
/// into our <see cref="ModelResult"/> so nothing else in the solution compiles against Microsoft's types.
/// Microsoft's static entry points cache their models, so calling them per reply is cheap.
/// </summary>
public static class EnglishRecognizers
{
    /// <summary>
    /// Replies are read up to this length. An answer is a sentence or two, and Microsoft's regular
    /// expressions take seconds on a pasted page, so the rest of a long message is not read for values.
    /// </summary>
    public const int MaxLength = 500;

    public static IReadOnlyList<ModelResult> Numbers(string text) =>
        Safely(nameof(Numbers), text, default, t => NumberRecognizer.RecognizeNumber(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> Ordinals(string text) =>
        Safely(nameof(Ordinals), text, default, t => NumberRecognizer.RecognizeOrdinal(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> Percentages(string text) =>
        Safely(nameof(Percentages), text, default, t => NumberRecognizer.RecognizePercentage(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> NumberRanges(string text) =>
        Safely(nameof(NumberRanges), text, default, t => NumberRecognizer.RecognizeNumberRange(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> Currencies(string text) =>
        Safely(nameof(Currencies), text, default, t => NumberWithUnitRecognizer.RecognizeCurrency(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> Ages(string text) =>
        Safely(nameof(Ages), text, default, t => NumberWithUnitRecognizer.RecognizeAge(t, MicrosoftCulture.English));

    public static IReadOnlyList<ModelResult> Dimensions(string text) =>
        Safely(nameof(Dimensions), text, default, t => NumberWithUnitRecognizer.RecognizeDimension(t, MicrosoftCulture.English));

    /// <summary>
    /// Dates, ranges and durations, resolved against <paramref name="reference"/> ("next June"). Pass a day, not the
    /// current instant, when the time of day does not matter: the memo below is keyed on the reference too.
    /// </summary>
    public static IReadOnlyList<ModelResult> DateTimes(string text, DateTime reference) =>
        Safely(nameof(DateTimes), text, reference, t => DateTimeRecognizer.RecognizeDateTime(t, MicrosoftCulture.English, DateTimeOptions.None, reference));

    /// <summary>A yes or a no; Microsoft does not publish its choice package, so this is ours on its English patterns.</summary>
    public static IReadOnlyList<ModelResult> YesNo(string text) =>
        string.IsNullOrWhiteSpace(text) ? [] : YesNoModel.Recognize(Head(text));

    // One message is read for every dialog's questions (experience, dates, budget...), each reading it with the same
    // models: the results of recent readings are kept, so a model reads a message once. Bounded: when full it starts over.
    private const int MaxRemembered = 4_096;
    private static readonly ConcurrentDictionary<(string Model, string Text, DateTime Reference), IReadOnlyList<ModelResult>> Recent = new();

    private static IReadOnlyList<ModelResult> Safely(string model, string text, DateTime reference, Func<string, List<MicrosoftResult>> recognize)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var key = (model, Head(text), reference);
        if (Recent.TryGetValue(key, out var known))
        {
            return known;
        }

        var results = Recognize(key.Item2, recognize);
        if (Recent.Count >= MaxRemembered)
        {
            Recent.Clear();
        }

        Recent.TryAdd(key, results);
        return results;
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<ModelResult> Recognize(string text, Func<string, List<MicrosoftResult>> recognize)
    {
        try
        {
            return recognize(text).Select(Copy).ToList().AsReadOnly();
        }
#pragma warning disable CA1031 // A recognizer that throws (a regex timeout) would take the whole turn down; no result is the safe answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    private static string Head(string text) => text.Length <= MaxLength ? text : text[..MaxLength];

    private static ModelResult Copy(MicrosoftResult result) => new()
    {
        Text = result.Text,
        Start = result.Start,
        End = result.End,
        TypeName = result.TypeName,
        Resolution = new SortedDictionary<string, object?>(result.Resolution ?? [], System.StringComparer.Ordinal),
    };
}
