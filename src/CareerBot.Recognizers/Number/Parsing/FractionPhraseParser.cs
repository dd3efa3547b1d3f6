namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Reads fractions written in words: "two thirds", "one and a half", "a hundred trillionths",
/// "three twenty-firsts", "3 million and a half", "five and a half million", "half a dozen",
/// "two thirds of a million", and a bare "half".
/// </summary>
internal static class FractionPhraseParser
{
    public static ParsedNumber? TryParse(IReadOnlyList<Token> tokens, int start)
    {
        var words = new List<FractionSplitter.Word>();
        var j = start;
        while (j < tokens.Count)
        {
            var token = tokens[j];
            if (IsHyphenatedTens(tokens, j, out var tens, out var unitWord))
            {
                if (NumberWords.Units.TryGetValue(unitWord, out var unit))
                {
                    words.Add(new FractionSplitter.Word(tens + unit));
                    j += 3;
                    continue;
                }

                if (NumberWords.IsUnitOrdinal(unitWord, out var ordinal) && NumberWords.Singular(unitWord) != "second")
                {
                    words.Add(new FractionSplitter.Word(tens + ordinal));
                    return Finish(tokens, start, j + 3, words);
                }
            }

            if (IsDenominator(token, words, out var denominator))
            {
                if (words.Count == 0 && !token.Text.StartsWith("half", StringComparison.Ordinal)
                    && !(token.Text.StartsWith("quarter", StringComparison.Ordinal) && IsScaleAt(tokens, j + 1, out _)))
                {
                    return null;
                }

                words.Add(new FractionSplitter.Word(denominator));
                return Finish(tokens, start, j + 1, words);
            }

            var kind = WordKinds.Of(token, out var value);
            if (token.IsWord("and"))
            {
                if (words.Count == 0 || words[^1].Value is null) return null;
                words.Add(new FractionSplitter.Word(null));
            }
            else if (kind is WordKind.Unit or WordKind.Teen or WordKind.Tens or WordKind.Hundred or WordKind.Scale)
            {
                words.Add(new FractionSplitter.Word(value));
            }
            else if (kind == WordKind.Article && (words.Count == 0 || words[^1].Value is null) && j + 1 < tokens.Count
                     && (IsDenominator(tokens[j + 1], words, out _) || WordKinds.Of(tokens[j + 1], out _) is WordKind.Hundred or WordKind.Scale or WordKind.Tens))
            {
                words.Add(new FractionSplitter.Word(1));
            }
            else if (kind == WordKind.Numeral && token.IsPlainInteger && !token.GluedToLetters && words.Count == 0)
            {
                words.Add(new FractionSplitter.Word(value));
            }
            else if (token.Kind == TokenKind.Hyphen && words.Count > 0 && words[^1].Value is not null)
            {
                // "one-eighth", "ninety - five": a hyphen joins words of one number.
            }
            else
            {
                return null;
            }

            j++;
        }

        return null;
    }

    private static ParsedNumber Finish(IReadOnlyList<Token> tokens, int start, int end, List<FractionSplitter.Word> words)
    {
        double value;
        bool mixed;
        double fraction, intValue, intScale;
        if (words.Count == 1)
        {
            fraction = value = 1 / words[0].Value!.Value;
            mixed = false;
            intValue = intScale = 0;
        }
        else
        {
            value = FractionSplitter.Evaluate(words, out intScale, out mixed, out fraction, out intValue);
        }

        var form = NumberForm.Fraction;
        var skip = 1;
        if (IsScaleAt(tokens, end, out var scale) || IsOfAScaleAt(tokens, end, out scale, out skip))
        {
            value = mixed && intScale > scale ? intValue + (fraction * scale) : value * scale;
            end += skip;
        }
        else if (mixed && intScale > 0)
        {
            value = intValue + (fraction * intScale);
        }
        else if (end + 1 < tokens.Count && WordKinds.Of(tokens[end], out _) == WordKind.Article
                 && NumberWords.Dozens.Contains(tokens[end + 1].Text))
        {
            value *= 12;
            end += 2;
            if (value == Math.Floor(value)) form = NumberForm.Integer;
        }

        return new ParsedNumber(tokens[start].Start, tokens[end - 1].End, value, form) { FirstToken = start, TokenEnd = end };
    }

    /// <summary>A denominator word; "first" only after a tens word ("three twenty firsts").</summary>
    private static bool IsDenominator(Token token, List<FractionSplitter.Word> words, out double value)
    {
        value = 0;
        if (token.Kind != TokenKind.Word) return false;
        if (NumberWords.IsDenominator(token.Text, out value)) return true;
        if (NumberWords.Singular(token.Text) == "first" && words.Count > 0 && words[^1].Value is { } tens
            && tens is >= 20 and < 100 && tens % 10 == 0)
        {
            value = 1;
            return true;
        }

        return false;
    }

    private static bool IsHyphenatedTens(IReadOnlyList<Token> tokens, int index, out double tens, out string unitWord)
    {
        unitWord = string.Empty;
        tens = 0;
        if (index + 2 >= tokens.Count || tokens[index].Kind != TokenKind.Word || tokens[index + 1].Kind != TokenKind.Hyphen
            || tokens[index + 2].Kind != TokenKind.Word || !NumberWords.Tens.TryGetValue(tokens[index].Text, out var tensValue))
        {
            return false;
        }

        tens = tensValue;
        unitWord = tokens[index + 2].Text;
        return true;
    }

    private static bool IsScaleAt(IReadOnlyList<Token> tokens, int index, out double scale)
    {
        scale = 0;
        return index < tokens.Count && tokens[index].Kind == TokenKind.Word && NumberWords.Scales.TryGetValue(tokens[index].Text, out scale);
    }

    private static bool IsOfAScaleAt(IReadOnlyList<Token> tokens, int index, out double scale, out int width)
    {
        width = 3;
        scale = 0;
        return index + 2 < tokens.Count && tokens[index].IsWord("of") && WordKinds.Of(tokens[index + 1], out _) == WordKind.Article
               && IsScaleAt(tokens, index + 2, out scale);
    }
}
