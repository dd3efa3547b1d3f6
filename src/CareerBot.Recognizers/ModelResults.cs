namespace CareerBot.Recognizers;

/// <summary>Builds results the way every model reports them: lower-cased text, inclusive end.</summary>
internal static class ModelResults
{
    public static ModelResult Create(string query, int start, int endExclusive, string typeName, SortedDictionary<string, object?> resolution) =>
        new()
        {
            Text = query[start..endExclusive].ToLowerInvariant(),
            Start = start,
            End = endExclusive - 1,
            TypeName = typeName,
            Resolution = resolution,
        };

    public static SortedDictionary<string, object?> Resolution(params (string Key, object? Value)[] entries)
    {
        var resolution = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in entries) resolution[key] = value;
        return resolution;
    }

    /// <summary>Models swallow internal failures and return nothing, like Microsoft's do.</summary>
    public static List<ModelResult> Safely(string culture, string query, Func<string, List<ModelResult>> parse)
    {
        if (!Culture.IsSupported(culture) || string.IsNullOrWhiteSpace(query)) return [];
        try
        {
            return parse(query);
        }
#pragma warning disable CA1031 // A recognizer that throws would take the whole turn down; no result is the safe answer.
        catch (Exception)
#pragma warning restore CA1031
        {
            return [];
        }
    }
}
