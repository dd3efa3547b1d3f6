using CareerBot.Recognizers.Number.Parsing;

namespace CareerBot.Recognizers.NumberWithUnit.Units;

/// <summary>A unit found with (or without) its number. End is exclusive; Number is null for a bare unit.</summary>
internal sealed record UnitMention(int Start, int End, double? Value, UnitAlias Alias, bool Attached)
{
    public ParsedNumber? Number { get; init; }

    public int Length => End - Start;

    public bool Overlaps(UnitMention other) => Start < other.End && other.Start < End;
}
