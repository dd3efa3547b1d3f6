namespace CareerBot.Recognizers.NumberWithUnit;

/// <summary>Amounts with a unit: currencies ("three hundred bucks", "$1.2k"), ages and dimensions.</summary>
public class NumberWithUnitRecognizer
{
    public NumberWithUnitRecognizer(string culture, NumberWithUnitOptions options = NumberWithUnitOptions.None)
    {
        RecognizerOptions.EnsureNone(options);
        TargetCulture = culture;
    }

    public string TargetCulture { get; }

    public IModel GetCurrencyModel(string? culture = null) => new CurrencyModel(culture ?? TargetCulture);

    public IModel GetAgeModel(string? culture = null) => new AgeModel(culture ?? TargetCulture);

    public IModel GetDimensionModel(string? culture = null) => new DimensionModel(culture ?? TargetCulture);

    /// <remarks><paramref name="fallbackToDefaultCulture"/> is kept for signature compatibility; non-English cultures give no results.</remarks>
    public static List<ModelResult> RecognizeCurrency(string query, string culture, NumberWithUnitOptions options = NumberWithUnitOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberWithUnitRecognizer(culture, options).GetCurrencyModel().Parse(query);

    public static List<ModelResult> RecognizeAge(string query, string culture, NumberWithUnitOptions options = NumberWithUnitOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberWithUnitRecognizer(culture, options).GetAgeModel().Parse(query);

    public static List<ModelResult> RecognizeDimension(string query, string culture, NumberWithUnitOptions options = NumberWithUnitOptions.None, bool fallbackToDefaultCulture = true) =>
        new NumberWithUnitRecognizer(culture, options).GetDimensionModel().Parse(query);
}
