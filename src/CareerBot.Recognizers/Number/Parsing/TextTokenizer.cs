namespace CareerBot.Recognizers.Number.Parsing;

/// <summary>
/// Splits a query into numerals, words, hyphens and single symbols. Words are lower-cased;
/// offsets always point into the original query.
/// </summary>
internal static class TextTokenizer
{
    public static List<Token> Tokenize(string original)
    {
        var lower = original.ToLowerInvariant();
        var numerals = NumeralScanner.Scan(original, lower).ToDictionary(t => t.Start);
        var tokens = new List<Token>();
        var i = 0;
        while (i < lower.Length)
        {
            var spaceBefore = i > 0 && char.IsWhiteSpace(lower[i - 1]);
            if (numerals.TryGetValue(i, out var numeral))
            {
                tokens.Add(numeral);
                i = numeral.End;
                continue;
            }

            var c = lower[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var end = i;
                while (end < lower.Length && (char.IsLetter(lower[end]) || char.GetUnicodeCategory(lower[end]) is
                           System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                    end++;
                tokens.Add(new Token(TokenKind.Word, lower[i..end], i, end, spaceBefore));
                i = end;
            }
            else if (c is '-' or '–' or '—')
            {
                tokens.Add(new Token(TokenKind.Hyphen, lower[i..(i + 1)], i, i + 1, spaceBefore));
                i++;
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < lower.Length ? 2 : 1;
                tokens.Add(new Token(TokenKind.Symbol, lower.Substring(i, length), i, i + length, spaceBefore));
                i += length;
            }
        }

        return tokens;
    }
}
