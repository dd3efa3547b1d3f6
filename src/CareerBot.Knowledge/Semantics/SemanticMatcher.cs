using CareerBot.Knowledge.Content;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// How close a question's meaning is to each entry: the cosine similarity of its embedding to the
/// nearest of the entry's own phrasings (its question and alternates), embedded once per guide; and
/// to the nearest example of a message to decline.
/// </summary>
public sealed class SemanticMatcher
{
    private readonly ITextEmbedder _embedder;
    private readonly float[][] _vectors;
    private readonly int[] _entryOf;
    private readonly int _entryCount;

    private readonly float[][] _declines;

    public SemanticMatcher(IReadOnlyList<FaqEntry> entries, IReadOnlyList<string> declineExamples, ITextEmbedder embedder, EmbeddingCache? cache)
    {
        _embedder = embedder;
        _entryCount = entries.Count;
        var texts = new List<string>();
        var owners = new List<int>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var phrasing in entries[i].Alternates.Prepend(entries[i].Question))
            {
                texts.Add(phrasing);
                owners.Add(i);
            }
        }

        var all = (cache is null ? embedder.Embed([.. texts, .. declineExamples]) : cache.Load(embedder, [.. texts, .. declineExamples])).ToArray();
        _vectors = all[..texts.Count];
        _declines = all[texts.Count..];
        _entryOf = owners.ToArray();
    }

    public string ModelId => _embedder.ModelId;

    public float[] Embed(string text) => _embedder.Embed(text);

    public ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => _embedder.EmbedAsync(text, cancellationToken);

    /// <summary>The cosine similarity to the nearest message the guide should decline (−1 when there are none).</summary>
    public float DeclineSimilarity(float[] query)
    {
        var best = -1f;
        foreach (var vector in _declines)
        {
            best = Math.Max(best, VectorMath.Dot(query, vector));
        }

        return best;
    }

    /// <summary>For each entry, its best phrasing's cosine similarity to the vector (−1..1).</summary>
    public float[] Similarities(float[] query)
    {
        var best = new float[_entryCount];
        Array.Fill(best, -1f);
        for (var i = 0; i < _vectors.Length; i++)
        {
            var similarity = VectorMath.Dot(query, _vectors[i]);
            if (similarity > best[_entryOf[i]])
            {
                best[_entryOf[i]] = similarity;
            }
        }

        return best;
    }
}
