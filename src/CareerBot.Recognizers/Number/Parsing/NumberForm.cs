namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>How a number was written; it decides the "subtype" Microsoft's number model reports.</summary>
internal enum NumberForm
{
    Integer,
    Decimal,
    Fraction,
    Power,
}
