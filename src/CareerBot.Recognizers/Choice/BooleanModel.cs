namespace CareerBot.Recognizers.Choice;

/// <summary>
/// Finds a yes or a no. Like Microsoft's choice model it returns only the best match and lists
/// the others under "otherResults". A match scores 0.4 + 0.6 × (its tokens / the answer's tokens),
/// so a longer phrase ("not ok") beats a word inside it ("ok"), and a lone "yep" scores 1.
/// </summary>
internal sealed class BooleanModel(string culture) : IModel
{
    public string ModelTypeName => "boolean";

    public string Culture => culture;

    public List<ModelResult> Parse(string query) => ModelResults.Safely(culture, query, Recognize);

    private static List<ModelResult> Recognize(string text)
    {
        var tokens = ChoiceTokenizer.Tokenize(text);
        var matches = new List<(int Start, int End, bool Value, double Score)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var matched = Match(tokens, i);
            if (matched is null)
            {
                i++;
                continue;
            }

            var (length, value) = matched.Value;
            var score = 0.4 + (0.6 * length / tokens.Count);
            matches.Add((tokens[i].Start, tokens[i + length - 1].End, value, score));
            i += length;
        }

        if (matches.Count == 0) return [];
        var best = matches.OrderByDescending(m => m.Score).ThenBy(m => m.Start).First();
        var others = matches.Where(m => m != best)
            .Select(m => (object?)new SortedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["text"] = text[m.Start..m.End],
                [ResolutionKey.Value] = m.Value,
                [ResolutionKey.Score] = m.Score,
            })
            .ToList();
        var result = new ModelResult
        {
            Text = text[best.Start..best.End],
            Start = best.Start,
            End = best.End - 1,
            TypeName = "boolean",
            Resolution = ModelResults.Resolution(
                (ResolutionKey.Value, best.Value),
                (ResolutionKey.Score, best.Score),
                (ResolutionKey.OtherResults, others)),
        };
        return [result];
    }

    private static (int Length, bool Value)? Match(List<ChoiceTokenizer.ChoiceToken> tokens, int start)
    {
        foreach (var (phrase, value) in BooleanVocabulary.Phrases)
        {
            if (start + phrase.Length > tokens.Count) continue;
            var same = true;
            for (var k = 0; k < phrase.Length && same; k++)
                same = string.Equals(tokens[start + k].Text, phrase[k], StringComparison.Ordinal);
            if (!same) continue;
            var length = phrase.Length;
            if (start + length < tokens.Count && BooleanVocabulary.IsSkinTone(tokens[start + length].Text)) length++;
            return (length, value);
        }

        return null;
    }
}
