using System.Globalization;

namespace CareerBot.Recognizers.Choice;

/// <summary>
/// Splits an answer into words and single emoji, dropping punctuation and spaces. The score of a
/// match depends on how many tokens the whole answer has, so this must count the way people
/// read: "don't" is two tokens, "👌🏾" is an emoji plus its skin tone.
/// </summary>
internal static class ChoiceTokenizer
{
    public readonly record struct ChoiceToken(string Text, int Start, int End);

    public static List<ChoiceToken> Tokenize(string text)
    {
        var tokens = new List<ChoiceToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                var end = i;
                while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
                tokens.Add(new ChoiceToken(text[i..end].ToLowerInvariant(), i, end));
                i = end;
                continue;
            }

            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol || length == 2)
                tokens.Add(new ChoiceToken(text.Substring(i, length), i, i + length));
            i += length;
        }

        return tokens;
    }
}
