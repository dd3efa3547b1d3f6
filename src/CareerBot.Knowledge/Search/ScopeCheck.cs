using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>Spots questions about subjects the guide does not cover (from <c>scope.yaml</c>).</summary>
public sealed class ScopeCheck(IReadOnlyList<ScopeTopic> topics)
{
    private readonly List<(ScopeTopic Topic, string[][] Phrases, HashSet<string> Unless)> _topics = topics
        .Select(t => (t, t.Phrases.Select(p => Tokenizer.Tokenize(p).ToArray()).Where(p => p.Length > 0).ToArray(),
            t.Unless.SelectMany(Tokenizer.Tokenize).ToHashSet(StringComparer.Ordinal)))
        .ToList();

    public ScopeTopic? Find(IReadOnlyList<string> tokens)
    {
        foreach (var (topic, phrases, unless) in _topics)
        {
            if (phrases.Any(p => PhraseMatch.Contains(tokens, p)) && !tokens.Any(unless.Contains))
            {
                return topic;
            }
        }

        return null;
    }
}
