namespace CareerBot.Recognizers;

/// <summary>Culture codes, passed around as plain strings like Microsoft's library does.</summary>
public static class Culture
{
    public const string English = "en-us";

    /// <summary>Only English is implemented; every model returns nothing for other cultures.</summary>
    internal static bool IsSupported(string? culture) =>
        string.Equals(culture, English, StringComparison.OrdinalIgnoreCase);
}
