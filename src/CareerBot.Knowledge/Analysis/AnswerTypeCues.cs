namespace CareerBot.Knowledge.Analysis;

/// <summary>Finds the answer types a question asks for ("how much" → salary) from <c>cues.yaml</c>.</summary>
public sealed class AnswerTypeCues
{
    // Cue phrases by their first word, so a question is scanned once rather than once per cue.
    private readonly Dictionary<string, List<(string Type, string[] Phrase)>> _byFirstWord;

    public AnswerTypeCues(IReadOnlyDictionary<string, IReadOnlyList<string>> cues)
    {
        _byFirstWord = cues
            .SelectMany(pair => pair.Value.Select(phrase => (Type: pair.Key, Phrase: Tokenizer.Tokenize(phrase).ToArray())))
            .Where(cue => cue.Phrase.Length > 0)
            .GroupBy(cue => cue.Phrase[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Detect(IReadOnlyList<string> tokens)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!_byFirstWord.TryGetValue(tokens[start], out var candidates))
            {
                continue;
            }

            foreach (var (type, phrase) in candidates)
            {
                if (StartsAt(tokens, start, phrase))
                {
                    types.Add(type);
                }
            }
        }

        return types;
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int start, string[] phrase)
    {
        if (start + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[start + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool ContainsPhrase(IReadOnlyList<string> tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Count; start++)
        {
            if (StartsAt(tokens, start, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
