namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// A model that loads in the background from the moment it is created: loading all-MiniLM-L6-v2 takes about a
/// second of copying and graph optimisation, which would otherwise hold up the bot's start. Vectors read from the
/// cache need only the model's id; the first text that must be embedded waits for the load.
/// </summary>
public sealed class LoadingTextEmbedder(string modelId, Func<ITextEmbedder> load) : ITextEmbedder
{
    private readonly Task<ITextEmbedder> _model = Task.Run(load);

    public string ModelId => modelId;

    public float[] Embed(string text) => _model.GetAwaiter().GetResult().Embed(text);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => _model.GetAwaiter().GetResult().Embed(texts);

    public async ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken) =>
        await (await _model.WaitAsync(cancellationToken).ConfigureAwait(false)).EmbedAsync(text, cancellationToken).ConfigureAwait(false);
}
