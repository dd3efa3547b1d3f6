namespace CareerBot.Recognizers.Number;

/// <summary>
/// Numbers, ordinals, percentages and number ranges, with Microsoft's static one-shot methods and
/// its recognizer/model pattern. Only English is implemented: other cultures give no results.
/// </summary>
public class NumberRecognizer
{
    public NumberRecognizer(string culture, NumberOptions options = NumberOptions.None)
    {
        RecognizerOptions.EnsureNone(options);
        TargetCulture = culture;
    }

    public string TargetCulture { get; }

    public IModel GetNumberModel(string? culture = null) => new NumberModel(culture ?? TargetCulture);

    public IModel GetOrdinalModel(string? culture = null) => new OrdinalModel(culture ?? TargetCulture);

    public IModel GetPercentageModel(string? culture = null) => new PercentModel(culture ?? TargetCulture);

    public IModel GetNumberRangeModel(string? culture = null) => new NumberRangeModel(culture ?? TargetCulture);

    /// <remarks><paramref name="fallbackToDefaultCulture"/> is kept for signature compatibility; non-English cultures give no results.</remarks>
    public static List<ModelResult> RecognizeNumber(string query, string culture, NumberOptions options = NumberOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberRecognizer(culture, options).GetNumberModel().Parse(query);

    public static List<ModelResult> RecognizeOrdinal(string query, string culture, NumberOptions options = NumberOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberRecognizer(culture, options).GetOrdinalModel().Parse(query);

    public static List<ModelResult> RecognizePercentage(string query, string culture, NumberOptions options = NumberOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberRecognizer(culture, options).GetPercentageModel().Parse(query);

    public static List<ModelResult> RecognizeNumberRange(string query, string culture, NumberOptions options = NumberOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberRecognizer(culture, options).GetNumberRangeModel().Parse(query);
}
