namespace CareerBot.Recognizers.DateTime;

/// <summary>Dates, date ranges and durations ("by next June", "in 3 months", "5 hours a week").</summary>
public class DateTimeRecognizer
{
    public DateTimeRecognizer(string culture, DateTimeOptions options = DateTimeOptions.None)
    {
        RecognizerOptions.EnsureNone(options);
        TargetCulture = culture;
    }

    public string TargetCulture { get; }

    public DateTimeModel GetDateTimeModel(string? culture = null) => new(culture ?? TargetCulture);

    /// <remarks><paramref name="fallbackToDefaultCulture"/> is kept for signature compatibility; non-English cultures give no results.</remarks>
    public static List<ModelResult> RecognizeDateTime(string query, string culture, DateTimeOptions options = DateTimeOptions.None, System.DateTime? refTime = null, bool fallbackToDefaultCulture = true) =>
        new DateTimeRecognizer(culture, options).GetDateTimeModel().Parse(query, refTime ?? System.DateTime.Now);

    public static List<ModelResult> RecognizeDateTime(string query, string culture, System.DateTime? refTime) =>
        RecognizeDateTime(query, culture, DateTimeOptions.None, refTime);
}
