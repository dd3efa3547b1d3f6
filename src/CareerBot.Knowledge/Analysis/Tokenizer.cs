namespace CareerBot.Knowledge.Analysis;

/// <summary>
/// Splits text into lower-case word tokens: runs of letters and digits. Apostrophes end a word
/// ("what's" → "what"), everything else separates words, so no input can reach the index query
/// as syntax.
/// </summary>
public static class Tokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var word = new System.Text.StringBuilder();
        var skipSuffix = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!skipSuffix)
                {
                    word.Append(char.ToLowerInvariant(c));
                }

                continue;
            }

            // "engineer's" and "don't": keep the stem of the word, drop the clitic.
            skipSuffix = (c is '\'' or '’') && word.Length > 0;
            Flush(word, tokens);
        }

        Flush(word, tokens);
        return tokens;
    }

    private static void Flush(System.Text.StringBuilder word, List<string> tokens)
    {
        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
            word.Clear();
        }
    }
}
