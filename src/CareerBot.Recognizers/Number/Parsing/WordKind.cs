namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>The role a token plays when composing a cardinal number.</summary>
internal enum WordKind
{
    None,
    Zero,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale,
    Numeral,
    Article,
    Dozen,
}

internal static class WordKinds
{
    public static WordKind Of(Token token, out double value)
    {
        value = 0;
        if (token.Kind == TokenKind.Numeral)
        {
            value = token.Value;
            return WordKind.Numeral;
        }

        if (token.Kind != TokenKind.Word) return WordKind.None;
        var word = token.Text;
        if (NumberWords.Zeros.Contains(word)) return WordKind.Zero;
        if (NumberWords.Units.TryGetValue(word, out var unit)) { value = unit; return WordKind.Unit; }
        if (NumberWords.Teens.TryGetValue(word, out var teen)) { value = teen; return WordKind.Teen; }
        if (NumberWords.Tens.TryGetValue(word, out var ten)) { value = ten; return WordKind.Tens; }
        if (word is "hundred" or "hundreds") { value = 100; return WordKind.Hundred; }
        if (NumberWords.Scales.TryGetValue(word, out value)) return WordKind.Scale;
        if (NumberWords.Dozens.Contains(word)) { value = 12; return WordKind.Dozen; }
        if (word is "a" or "an") { value = 1; return WordKind.Article; }
        return WordKind.None;
    }
}
