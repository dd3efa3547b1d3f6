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
    private readonly Task<List<(float[] Vector, SmallTalk Talk)>>? _examples;

    public SmallTalkMatcher(IReadOnlyList<SmallTalk> talk, Task<List<(float[] Vector, SmallTalk Talk)>>? examples)
    {
        _examples = examples;
        foreach (var owner in talk)
        {
            foreach (var example in owner.Examples)
            {
                _byWords.TryAdd(Words(example), owner);
            }
        }
    }

    /// <summary>The examples' vectors, for the constructor's second argument.</summary>
    public static List<(float[] Vector, SmallTalk Talk)> Embed(IReadOnlyList<SmallTalk> talk, ITextEmbedder embedder, EmbeddingCache? cache)
    {
        var examples = talk.SelectMany(t => t.Examples.Select(e => (Text: e, Talk: t))).ToList();
        var texts = examples.Select(e => e.Text).ToList();
        var vectors = cache is null ? embedder.Embed(texts) : cache.Load(embedder, texts);
        return vectors.Select((v, i) => (v, examples[i].Talk)).ToList();
    }

    /// <summary>Chit-chat in the same words as an example.</summary>
    public SmallTalk? MatchWords(string text) => text.Length <= 80 && _byWords.TryGetValue(Words(text), out var talk) ? talk : null;

    /// <summary>Chit-chat by meaning: a short message whose vector is very close to an example's.</summary>
    public SmallTalk? MatchMeaning(string text, float[] vector)
    {
        if (_examples is not { IsCompletedSuccessfully: true } ready || ready.Result.Count == 0 || Tokenizer.Tokenize(text).Count is 0 or > MaxWords)
        {
            return null;
        }

        var best = ready.Result.MaxBy(e => VectorMath.Dot(vector, e.Vector));
        return VectorMath.Dot(vector, best.Vector) >= SameMeaning ? best.Talk : null;
    }

    private static string Words(string text) => string.Join(' ', Tokenizer.Tokenize(text));
}
