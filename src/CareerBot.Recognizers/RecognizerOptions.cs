namespace CareerBot.Recognizers;

internal static class RecognizerOptions
{
    /// <summary>Options change what Microsoft's models return; we implement only the defaults and say so loudly.</summary>
    public static void EnsureNone<TOptions>(TOptions options)
        where TOptions : struct, Enum
    {
        if (Convert.ToInt64(options, System.Globalization.CultureInfo.InvariantCulture) != 0)
            throw new NotSupportedException($"{typeof(TOptions).Name}.{options} is not supported; only None is.");
    }
}
