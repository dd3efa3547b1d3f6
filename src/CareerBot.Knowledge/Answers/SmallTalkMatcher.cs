using CareerBot.Knowledge.Analysis;
using CareerBot.Knowledge.Content;
using CareerBot.Knowledge.Semantics;

namespace CareerBot.Knowledge.Answers;

/// <summary>
/// Recognises chit-chat from <c>replies.yaml</c>'s examples: the same words as an example, or, for a
/// short message, an embedding very close to one ("thank u so much" is "thank you so much").
/// </summary>
public sealed class SmallTalkMatcher
{
    // Chit-chat is short; a longer message that happens to start with "thanks" is a question.
    private const int MaxWords = 6;
    private const float SameMeaning = 0.85f;
    private readonly Dictionary<string, SmallTalk> _byWords = new(StringComparer.Ordinal);
    private readonly List<(float[] Vector, SmallTalk Talk)> _examples = [];
    private readonly ITextEmbedder? _embedder;

    public SmallTalkMatcher(IReadOnlyList<SmallTalk> talk, ITextEmbedder? embedder, EmbeddingCache? cache)
    {
        _embedder = embedder;
        var examples = talk.SelectMany(t => t.Examples.Select(e => (Text: e, Talk: t))).ToList();
        foreach (var (text, owner) in examples)
        {
            _byWords.TryAdd(Words(text), owner);
        }

        if (embedder is not null && examples.Count > 0)
        {
            var texts = examples.Select(e => e.Text).ToList();
            var vectors = cache is null ? embedder.Embed(texts) : cache.Load(embedder, texts);
            _examples.AddRange(vectors.Select((v, i) => (v, examples[i].Talk)));
        }
    }

    public SmallTalk? Match(string text)
    {
        if (text.Length > 80)
        {
            return null;
        }

        var words = Words(text);
        if (_byWords.TryGetValue(words, out var exact))
        {
            return exact;
        }

        if (_embedder is null || _examples.Count == 0 || words.Length == 0 || words.Count(c => c == ' ') + 1 > MaxWords)
        {
            return null;
        }

        var vector = _embedder.Embed(text);
        var best = _examples.MaxBy(e => VectorMath.Dot(vector, e.Vector));
        return VectorMath.Dot(vector, best.Vector) >= SameMeaning ? best.Talk : null;
    }

    private static string Words(string text) => string.Join(' ', Tokenizer.Tokenize(text));
}
