namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// A sentence-embedding model: text in, a unit-length vector out, so a dot product is the cosine
/// similarity. The seam another model can be swapped in behind.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Names the model and its version; cached vectors are only reused for the same id.</summary>
    string ModelId { get; }

    float[] Embed(string text);

    /// <summary>The same vector without holding the caller's thread while the model runs (batched where the model supports it).</summary>
    ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken) => ValueTask.FromResult(Embed(text));

    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
