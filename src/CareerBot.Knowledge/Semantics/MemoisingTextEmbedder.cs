using System.Collections.Concurrent;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// Remembers the vectors of recent messages: one turn may need a message's meaning twice (does it start
/// a guided conversation? which entry answers it?), and popular questions come again and again. Bounded:
/// when full it starts over rather than tracking recency, which keeps lookups lock-free.
/// </summary>
public sealed class MemoisingTextEmbedder(ITextEmbedder inner) : ITextEmbedder
{
    private const int MaxRemembered = 10_000;
    private const int MaxLength = 512;
    private readonly ConcurrentDictionary<string, float[]> _seen = new(StringComparer.Ordinal);

    public string ModelId => inner.ModelId;

    public float[] Embed(string text)
    {
        if (_seen.TryGetValue(text, out var vector))
        {
            return vector;
        }

        return Remember(text, inner.Embed(text));
    }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => inner.Embed(texts);

    public async ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        if (_seen.TryGetValue(text, out var vector))
        {
            return vector;
        }

        return Remember(text, await inner.EmbedAsync(text, cancellationToken).ConfigureAwait(false));
    }

    private float[] Remember(string text, float[] vector)
    {
        if (text.Length <= MaxLength)
        {
            if (_seen.Count >= MaxRemembered)
            {
                _seen.Clear();
            }

            _seen.TryAdd(text, vector);
        }

        return vector;
    }
}
