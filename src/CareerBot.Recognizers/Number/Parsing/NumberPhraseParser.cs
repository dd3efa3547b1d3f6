namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Finds every number in a token list, left to right, taking the longest reading at each
/// position: signed ("minus five"), decimal in words ("two hundred point zero three"),
/// fractions ("one over three", "1 in twenty-one", "two thirds") and plain cardinals.
/// </summary>
internal static class NumberPhraseParser
{
    public static List<ParsedNumber> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<ParsedNumber>();
        var i = 0;
        while (i < tokens.Count)
        {
            var number = TryParseAt(tokens, i);
            if (number is null)
            {
                i++;
                continue;
            }

            found.Add(number);
            i = number.TokenEnd;
        }

        return found;
    }

    public static ParsedNumber? TryParseAt(IReadOnlyList<Token> tokens, int start)
    {
        if (tokens[start].IsWord("minus") || tokens[start].IsWord("negative"))
        {
            if (start + 1 < tokens.Count && TryParseUnsigned(tokens, start + 1) is { } magnitude)
                return magnitude with { Start = tokens[start].Start, Value = -magnitude.Value, FirstToken = start };
            return null;
        }

        return TryParseUnsigned(tokens, start);
    }

    private static ParsedNumber? TryParseUnsigned(IReadOnlyList<Token> tokens, int start)
    {
        var fraction = FractionPhraseParser.TryParse(tokens, start);
        var cardinal = TryParseCardinal(tokens, start);
        if (fraction is null) return cardinal;
        if (cardinal is null) return fraction;
        return fraction.TokenEnd >= cardinal.TokenEnd ? fraction : cardinal;
    }

    private static ParsedNumber? TryParseCardinal(IReadOnlyList<Token> tokens, int start)
    {
        if (CardinalComposer.Compose(tokens, start) is not { } cardinal) return null;
        var end = cardinal.TokenEnd;
        var value = cardinal.Value;
        var first = tokens[start];
        var form = first.Kind == TokenKind.Numeral && end == start + 1
            ? first.Form
            : value == Math.Floor(value) ? NumberForm.Integer : NumberForm.Decimal;

        if (!cardinal.StartsWithNumeral && TryReadPointDigits(tokens, end, out var decimals, out var decimalEnd))
        {
            value += decimals;
            form = NumberForm.Decimal;
            end = decimalEnd;
        }
        else if (form is NumberForm.Integer && TryReadDivisor(tokens, end, value, out var divisor, out var divisorEnd))
        {
            value /= divisor;
            form = NumberForm.Fraction;
            end = divisorEnd;
        }

        return new ParsedNumber(first.Start, tokens[end - 1].End, value, form)
        {
            FirstToken = start,
            TokenEnd = end,
            GluedToLetters = end == start + 1 && first.GluedToLetters,
        };
    }

    /// <summary>"point zero three", "point seventy-one", "point nought four".</summary>
    private static bool TryReadPointDigits(IReadOnlyList<Token> tokens, int index, out double decimals, out int end)
    {
        decimals = 0;
        end = index;
        if (index >= tokens.Count || !tokens[index].IsWord("point")) return false;
        var digits = new System.Text.StringBuilder();
        var j = index + 1;
        while (j < tokens.Count)
        {
            var kind = WordKinds.Of(tokens[j], out var value);
            if (kind == WordKind.Zero) digits.Append('0');
            else if (kind is WordKind.Unit or WordKind.Teen) digits.Append((int)value);
            else if (kind == WordKind.Tens)
            {
                var unitAt = j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Hyphen ? j + 2 : j + 1;
                if (unitAt < tokens.Count && WordKinds.Of(tokens[unitAt], out var unit) == WordKind.Unit)
                {
                    value += unit;
                    j = unitAt;
                }

                digits.Append((int)value);
            }
            else
            {
                break;
            }

            j++;
        }

        if (digits.Length == 0) return false;
        decimals = NumeralScanner.Parse("." + digits);
        end = j;
        return true;
    }

    /// <summary>
    /// "one over three", "two out of five hundred", "1 in twenty-one". "out of" and "in" only
    /// make a fraction when the part is smaller than the whole ("12 out of 10" is two numbers);
    /// "over" stops being a fraction when a noun follows ("$2000 over 3 years").
    /// </summary>
    private static bool TryReadDivisor(IReadOnlyList<Token> tokens, int index, double numerator, out double divisor, out int end)
    {
        divisor = 0;
        end = index;
        if (index >= tokens.Count) return false;
        int next;
        bool needsSmallerNumerator;
        if (tokens[index].IsWord("over")) { next = index + 1; needsSmallerNumerator = false; }
        else if (tokens[index].IsWord("in")) { next = index + 1; needsSmallerNumerator = true; }
        else if (tokens[index].IsWord("out") && index + 1 < tokens.Count && tokens[index + 1].IsWord("of")) { next = index + 2; needsSmallerNumerator = true; }
        else return false;

        if (next >= tokens.Count || CardinalComposer.Compose(tokens, next) is not { } whole) return false;
        if (whole.Value == 0 || whole.Value != Math.Floor(whole.Value)) return false;
        if (tokens[next].Kind == TokenKind.Numeral && tokens[next].Form != NumberForm.Integer) return false;
        if (needsSmallerNumerator && numerator >= whole.Value) return false;
        if (!needsSmallerNumerator && whole.TokenEnd < tokens.Count && tokens[whole.TokenEnd].Kind == TokenKind.Word
            && WordKinds.Of(tokens[whole.TokenEnd], out _) == WordKind.None)
        {
            return false;
        }

        divisor = whole.Value;
        end = whole.TokenEnd;
        return true;
    }
}
