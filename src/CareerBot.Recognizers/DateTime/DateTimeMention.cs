namespace CareerBot.Recognizers.DateTime;

/// <summary>A date-time entity found in a query: its span (End exclusive), subtype and resolution values.</summary>
internal sealed record DateTimeMention(int Start, int End, string Type, IReadOnlyList<Dictionary<string, string>> Values)
{
    public bool Overlaps(DateTimeMention other) => Start < other.End && other.Start < End;

    public static DateTimeMention Single(int start, int end, string type, params (string Key, string Value)[] entries) =>
        new(start, end, type, [entries.ToDictionary(e => e.Key, e => e.Value)]);
}
