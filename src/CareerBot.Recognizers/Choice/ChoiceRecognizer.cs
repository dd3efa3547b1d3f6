namespace CareerBot.Recognizers.Choice;

/// <summary>Yes/no answers, including casual ones ("yep", "nah", "no thanks", "👍").</summary>
public class ChoiceRecognizer
{
    public ChoiceRecognizer(string culture, ChoiceOptions options = ChoiceOptions.None)
    {
        RecognizerOptions.EnsureNone(options);
        TargetCulture = culture;
    }

    public string TargetCulture { get; }

    public IModel GetBooleanModel(string? culture = null) => new BooleanModel(culture ?? TargetCulture);

    /// <remarks><paramref name="fallbackToDefaultCulture"/> is kept for signature compatibility; non-English cultures give no results.</remarks>
    public static List<ModelResult> RecognizeBoolean(string query, string culture, ChoiceOptions options = ChoiceOptions.None, bool fallbackToDefaultCulture = true) =>
        new ChoiceRecognizer(culture, options).GetBooleanModel().Parse(query);
}
