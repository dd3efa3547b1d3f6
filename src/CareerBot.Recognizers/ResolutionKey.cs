namespace CareerBot.Recognizers;

/// <summary>The resolution dictionary keys used by Microsoft's library.</summary>
public static class ResolutionKey
{
    public const string Value = "value";
    public const string Values = "values";
    public const string Unit = "unit";
    public const string Type = "type";
    public const string Score = "score";
    public const string IsoCurrency = "isoCurrency";
    public const string SubType = "subtype";
    public const string Offset = "offset";
    public const string RelativeTo = "relativeTo";
    public const string OtherResults = "otherResults";
}
