using System.Threading.Channels;

namespace CareerBot.Knowledge.Semantics;

/// <summary>
/// Runs the model on a few dedicated threads, one per core, each taking every question waiting at
/// that moment as one batch. Under load a batch of 16 costs about a third as much per question as 16
/// runs of one, and callers wait without holding a thread-pool thread.
/// </summary>
public sealed class BatchingTextEmbedder : ITextEmbedder, IDisposable
{
    private const int MaxBatch = 32;
    private readonly ITextEmbedder _inner;
    private readonly Channel<(string Text, TaskCompletionSource<float[]> Done)> _waiting =
        Channel.CreateUnbounded<(string, TaskCompletionSource<float[]>)>(new UnboundedChannelOptions { SingleReader = false });

    public BatchingTextEmbedder(ITextEmbedder inner, int workers)
    {
        _inner = inner;
        for (var i = 0; i < workers; i++)
        {
            new Thread(Work) { IsBackground = true, Name = $"embedding-{i}" }.Start();
        }
    }

    public string ModelId => _inner.ModelId;

    public float[] Embed(string text) => _inner.Embed(text);

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts) => _inner.Embed(texts);

    public ValueTask<float[]> EmbedAsync(string text, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<float[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.Writer.TryWrite((text, done)))
        {
            return ValueTask.FromResult(_inner.Embed(text));
        }

        return new ValueTask<float[]>(done.Task.WaitAsync(cancellationToken));
    }

    public void Dispose() => _waiting.Writer.TryComplete();

    private void Work()
    {
        var batch = new List<(string Text, TaskCompletionSource<float[]> Done)>(MaxBatch);
        while (_waiting.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _waiting.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                var vectors = _inner.Embed(batch.Select(b => b.Text).ToList());
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(vectors[i]);
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One bad batch fails its own questions (they fall back to lexical search), never the worker.
                foreach (var item in batch)
                {
                    item.Done.TrySetException(e);
                }
            }
        }
    }
}
