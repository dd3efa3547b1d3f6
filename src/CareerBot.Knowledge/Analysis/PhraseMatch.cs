namespace CareerBot.Knowledge.Analysis;

/// <summary>Where a phrase of tokens stands in a token list.</summary>
public static class PhraseMatch
{
    public static bool StartsAt(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> phrase)
    {
        if (start + phrase.Count > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Count; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    public static bool Contains(IReadOnlyList<string> tokens, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= tokens.Count; start++)
        {
            if (StartsAt(tokens, start, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
