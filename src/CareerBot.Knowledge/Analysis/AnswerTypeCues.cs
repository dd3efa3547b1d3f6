namespace CareerBot.Knowledge.Analysis;

/// <summary>Finds the answer types a question asks for ("how much" → salary) from <c>cues.yaml</c>.</summary>
public sealed class AnswerTypeCues
{
    private readonly List<(string Type, string[] Phrase)> _cues;

    public AnswerTypeCues(IReadOnlyDictionary<string, IReadOnlyList<string>> cues)
    {
        _cues = cues
            .SelectMany(pair => pair.Value.Select(phrase => (pair.Key, Tokenizer.Tokenize(phrase).ToArray())))
            .Where(cue => cue.Item2.Length > 0)
            .ToList();
    }

    public IReadOnlySet<string> Detect(IReadOnlyList<string> tokens)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (type, phrase) in _cues)
        {
            if (!types.Contains(type) && ContainsPhrase(tokens, phrase))
            {
                types.Add(type);
            }
        }

        return types;
    }

    internal static bool ContainsPhrase(IReadOnlyList<string> tokens, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= tokens.Count; start++)
        {
            var k = 0;
            while (k < phrase.Length && tokens[start + k] == phrase[k])
            {
                k++;
            }

            if (k == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
