namespace CareerBot.Recognizers.Number.Parsing;

internal enum TokenKind
{
    Word,
    Numeral,
    Hyphen,
    Symbol,
}

/// <summary>
/// A piece of the lower-cased query. Numerals ("1,234.5", "10k", "3/4") are single tokens that
/// already carry their value; Start/End are character offsets (End exclusive).
/// </summary>
internal sealed record Token(TokenKind Kind, string Text, int Start, int End, bool SpaceBefore)
{
    public double Value { get; init; }

    public NumberForm Form { get; init; }

    /// <summary>A bare digit string such as "21": the only numerals that compose with words ("3 hundred and 21").</summary>
    public bool IsPlainInteger { get; init; }

    /// <summary>Letters follow with no space ("180ml", "4th"): a unit or suffix, not a free-standing number.</summary>
    public bool GluedToLetters { get; init; }

    public bool IsWord(string word) => Kind == TokenKind.Word && Text == word;
}
