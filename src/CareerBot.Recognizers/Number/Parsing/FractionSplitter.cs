namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Decides where the numerator of a written fraction ends and its denominator begins.
/// English is ambiguous here: "one hundred thirty fifths" is 100/35 but "one hundred thirty two
/// fifths" is 132/5, and "twenty twenty fifths" is 20/25. Walking back from the ordinal, a word
/// joins the denominator while it composes with what follows it (tens before units, hundreds
/// before tens...), which is the reading Microsoft's recognizer gives.
/// </summary>
internal static class FractionSplitter
{
    /// <summary>One word of the phrase: its value, or a separator ("and") when Value is null.</summary>
    public readonly record struct Word(double? Value, double LastScale = 0);

    public static double Evaluate(IReadOnlyList<Word> words, out double intScale, out bool mixed, out double fraction, out double intValue)
    {
        // "one and half" means "one and a half".
        if (words.Count >= 2 && words[^2].Value is null && words[^1].Value == 2)
            words = [.. words.Take(words.Count - 1), new Word(1), words[^1]];
        var split = SplitIndex(words);

        // "two and fifty-four hundredths": an "and" never sits inside a denominator.
        for (var i = split; i < words.Count; i++)
        {
            if (words[i].Value is null) split = words.Count - 1;
        }

        var denominator = CardinalComposer.Lenient(Values(words, split, words.Count));

        var mixedIndex = split;
        double numerator = 0;
        for (var i = split - 1; i >= 0; i--)
        {
            if (i < split - 1 && words[i].Value is null)
            {
                numerator = CardinalComposer.Lenient(Values(words, i + 1, split));
                mixedIndex = i + 1;
                break;
            }
        }

        intValue = CardinalComposer.Lenient(Values(words, 0, mixedIndex));
        intScale = LastScale(words, mixedIndex);
        mixed = mixedIndex != split && numerator < denominator;
        fraction = numerator / denominator;
        return mixed ? intValue + fraction : (intValue + numerator) / denominator;
    }

    private static int SplitIndex(IReadOnlyList<Word> words)
    {
        const double hundreds = 100;
        var current = words[^1].Value ?? 0;
        double round = 1;
        int index;
        for (index = words.Count - 2; index >= 0; index--)
        {
            if (words[index].Value is not { } value) continue;
            var previous = current;
            current = value;
            if ((previous >= hundreds && previous > current) || (previous < hundreds && IsComposable(current, previous)))
            {
                if (previous < hundreds && current >= round)
                {
                    round = current;
                }
                else if (previous < hundreds && current < round)
                {
                    index++;
                    break;
                }

                if (index == 0)
                {
                    index = 1;
                    while (index <= words.Count - 2)
                    {
                        if ((words[index].Value ?? 0) >= hundreds && words[index + 1].Value is { } next && next < hundreds)
                        {
                            index++;
                            break;
                        }

                        index++;
                    }

                    break;
                }

                continue;
            }

            index++;
            break;
        }

        return Math.Max(index, 0);
    }

    private static bool IsComposable(double big, double small)
    {
        var unit = small > 10 ? 100 : 10;
        return big % unit == 0 && big / unit >= 1;
    }

    private static IEnumerable<double> Values(IReadOnlyList<Word> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words[i].Value is { } value) yield return value;
        }
    }

    /// <summary>The scale ("million") that ends the whole part, so "3 million and a half" is 3.5 million.</summary>
    private static double LastScale(IReadOnlyList<Word> words, int end)
    {
        for (var i = end - 1; i >= 0; i--)
        {
            if (words[i].Value is { } value) return value >= 1000 ? value : 0;
        }

        return 0;
    }
}
