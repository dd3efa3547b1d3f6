namespace CareerBot.Storage;

/// <summary>The change feed of a store only this process uses (the SQLite default): a note goes straight to the subscribers.</summary>
public sealed class InProcessChangeFeed : IChangeFeed
{
    private readonly ChangeSubscribers _subscribers = new();

    public Task PublishAsync(string payload, CancellationToken cancellationToken)
    {
        _subscribers.Note(payload);
        return Task.CompletedTask;
    }

    public IDisposable Subscribe(Action<string> onNote, Action onGap) => _subscribers.Add(onNote, onGap);
}
