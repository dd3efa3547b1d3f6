namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Reads the longest well-formed cardinal starting at a token: "two hundred and two thousand",
/// "twenty-one trillion and three hundred", "4 thousand 3 hundred and 21", "three lakh crore",
/// "three hundred and two dozens". A sequence that English would not say as one number
/// ("three four", "3 hundred and 2 hundred") stops where the second number starts.
/// </summary>
internal static class CardinalComposer
{
    public sealed record Cardinal(double Value, int TokenEnd, WordKind Last, bool StartsWithNumeral, double LastScale);

    public static Cardinal? Compose(IReadOnlyList<Token> tokens, int start)
    {
        double total = 0, hundreds = 0, small = 0, maxScale = 0, lastScale = 0;
        var last = WordKind.None;
        var end = start;
        var j = start;
        var startsWithNumeral = false;

        if (j < tokens.Count && WordKinds.Of(tokens[j], out _) == WordKind.Article)
        {
            if (j + 1 >= tokens.Count || WordKinds.Of(tokens[j + 1], out _) is not (WordKind.Hundred or WordKind.Scale or WordKind.Dozen))
                return null;
            small = 1;
            last = WordKind.Article;
            j++;
        }

        while (j < tokens.Count)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Hyphen)
            {
                if (last == WordKind.Tens && j + 1 < tokens.Count && WordKinds.Of(tokens[j + 1], out _) == WordKind.Unit)
                {
                    j++;
                    continue;
                }

                break;
            }

            if (token.IsWord("and"))
            {
                if (last is WordKind.Hundred or WordKind.Scale && CanFollowAnd(tokens, j + 1))
                {
                    j++;
                    continue;
                }

                break;
            }

            var kind = WordKinds.Of(token, out var value);
            var accepted = true;
            switch (kind)
            {
                case WordKind.Zero:
                    if (last != WordKind.None) { accepted = false; break; }
                    j++;
                    return new Cardinal(0, j, WordKind.Zero, false, 0);
                case WordKind.Numeral:
                    if (last == WordKind.None)
                    {
                        if (token.Form is NumberForm.Fraction or NumberForm.Power || token.GluedToLetters)
                            return new Cardinal(value, j + 1, WordKind.Numeral, true, 0);
                        startsWithNumeral = true;
                        small = value;
                    }
                    else if (last is WordKind.Hundred or WordKind.Scale && token.IsPlainInteger && value is > 0 and < 100
                             && !token.GluedToLetters)
                    {
                        small = value;
                    }
                    else
                    {
                        accepted = false;
                    }

                    break;
                case WordKind.Unit:
                    if (last is WordKind.None or WordKind.Hundred or WordKind.Scale) small = value;
                    else if (last == WordKind.Tens && small % 10 == 0) small += value;
                    else accepted = false;
                    break;
                case WordKind.Teen or WordKind.Tens:
                    if (last is WordKind.None or WordKind.Hundred or WordKind.Scale) small = value;
                    else accepted = false;
                    break;
                case WordKind.Hundred:
                    if (last is WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Numeral or WordKind.Article && hundreds == 0)
                    {
                        hundreds = small * 100;
                        small = 0;
                    }
                    else
                    {
                        accepted = false;
                    }

                    break;
                case WordKind.Scale:
                    if (last is WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Numeral or WordKind.Hundred or WordKind.Article)
                    {
                        var group = hundreds + small;
                        total = value > maxScale ? (total + group) * value : total + (group * value);
                        hundreds = small = 0;
                    }
                    else if (last == WordKind.Scale && value > lastScale)
                    {
                        total *= value;
                    }
                    else
                    {
                        accepted = false;
                    }

                    if (accepted)
                    {
                        maxScale = Math.Max(maxScale, value);
                        lastScale = value;
                    }

                    break;
                case WordKind.Dozen:
                    if (last is WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Numeral or WordKind.Article)
                    {
                        small *= 12;
                        return new Cardinal(total + hundreds + small, j + 1, WordKind.Dozen, startsWithNumeral, lastScale);
                    }

                    accepted = false;
                    break;
                default:
                    accepted = false;
                    break;
            }

            if (!accepted) break;
            last = kind;
            j++;
            end = j;
        }

        if (end == start || last == WordKind.Article) return null;
        return new Cardinal(total + hundreds + small, end, last, startsWithNumeral, lastScale);
    }

    /// <summary>"hundred and twenty" continues a number; "hundred and 2 hundred" starts another one.</summary>
    private static bool CanFollowAnd(IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count) return false;
        var kind = WordKinds.Of(tokens[next], out var value);
        return kind switch
        {
            WordKind.Unit or WordKind.Teen or WordKind.Tens => true,
            WordKind.Numeral => tokens[next].IsPlainInteger && value is > 0 and < 100 && !IsFollowedByMultiplier(tokens, next),
            _ => false,
        };
    }

    private static bool IsFollowedByMultiplier(IReadOnlyList<Token> tokens, int index) =>
        index + 1 < tokens.Count && WordKinds.Of(tokens[index + 1], out _) is WordKind.Hundred or WordKind.Scale;

    /// <summary>
    /// A forgiving sum used once a phrase is known to be one number (inside fractions and
    /// ordinals): "twenty and three" is 23, "one thousand fifth" is 1005.
    /// </summary>
    public static double Lenient(IEnumerable<double> values)
    {
        double total = 0, current = 0, maxScale = 0;
        foreach (var value in values)
        {
            if (value == 100)
            {
                current = (current == 0 ? 1 : current) * 100;
            }
            else if (value >= 1000)
            {
                if (current == 0) total = (total == 0 ? 1 : total) * value;
                else total = value > maxScale ? (total + current) * value : total + (current * value);
                current = 0;
                maxScale = Math.Max(maxScale, value);
            }
            else
            {
                current += value;
            }
        }

        return total + current;
    }
}
