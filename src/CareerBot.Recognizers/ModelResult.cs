namespace CareerBot.Recognizers;

/// <summary>
/// One entity found in a query, shaped like Microsoft.Recognizers.Text's ModelResult so the
/// real package can replace this library without touching callers.
/// </summary>
public class ModelResult
{
    public string Text { get; set; } = string.Empty;

    public int Start { get; set; } = -1;

    /// <summary>Inclusive, as in Microsoft's library: End = Start + Text.Length - 1.</summary>
    public int End { get; set; } = -1;

    public string TypeName { get; set; } = string.Empty;

    public SortedDictionary<string, object?> Resolution { get; set; } = new(StringComparer.Ordinal);

    public override string ToString() => $"{TypeName} '{Text}' [{Start},{End}]";
}
