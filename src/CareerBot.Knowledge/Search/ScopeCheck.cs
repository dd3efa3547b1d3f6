using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Search;

/// <summary>Spots questions about subjects the guide does not cover (from <c>scope.yaml</c>).</summary>
public sealed class ScopeCheck(IReadOnlyList<ScopeTopic> topics)
{
    private readonly List<(ScopeTopic Topic, string[][] Phrases, string[][] Unless, string[][] With)> _topics = topics
        .Select(t => (t, Phrases(t.Phrases), Phrases(t.Unless), Phrases(t.With ?? [])))
        .ToList();

    public ScopeTopic? Find(IReadOnlyList<string> tokens)
    {
        foreach (var (topic, phrases, unless, with) in _topics)
        {
            if (phrases.Any(p => PhraseMatch.Contains(tokens, p))
                && (with.Length == 0 || with.Any(p => PhraseMatch.Contains(tokens, p)))
                && !unless.Any(p => PhraseMatch.Contains(tokens, p)))
            {
                return topic;
            }
        }

        return null;
    }

    private static string[][] Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => Tokenizer.Tokenize(p).ToArray()).Where(p => p.Length > 0).ToArray();
}
