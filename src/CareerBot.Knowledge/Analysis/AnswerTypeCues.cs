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
                if (PhraseMatch.StartsAt(tokens, start, phrase))
                {
                    types.Add(type);
                }
            }
        }

        return types;
    }
}
