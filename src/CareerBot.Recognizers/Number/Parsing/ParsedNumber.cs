namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>A number found in a query: its character span (End exclusive), token span, value and form.</summary>
internal sealed record ParsedNumber(int Start, int End, double Value, NumberForm Form)
{
    public int FirstToken { get; init; }

    /// <summary>Index of the token after the number.</summary>
    public int TokenEnd { get; init; }

    /// <summary>Digits with letters straight after them ("180ml"): a measurement, not a bare number.</summary>
    public bool GluedToLetters { get; init; }

    public bool IsWhole => Value == Math.Floor(Value);
}
