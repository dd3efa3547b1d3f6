namespace CareerBot.Recognizers;

/// <summary>
/// One entity found in a reply, a copy of Microsoft.Recognizers.Text's ModelResult: callers read the
/// same fields and resolution keys that Microsoft documents, without referencing its assemblies.
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
