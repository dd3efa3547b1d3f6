namespace CareerBot.Storage;

/// <summary>The subscribers of a change feed; a subscriber that throws does not stop the others hearing.</summary>
public sealed class ChangeSubscribers
{
    private readonly Lock _lock = new();
    private (Action<string> OnNote, Action OnGap)[] _subscribers = [];

    public IDisposable Add(Action<string> onNote, Action onGap)
    {
        var subscriber = (onNote, onGap);
        lock (_lock)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(() =>
        {
            lock (_lock)
            {
                _subscribers = _subscribers.Where(s => s != subscriber).ToArray();
            }
        });
    }

    public void Note(string payload)
    {
        foreach (var (onNote, _) in Volatile.Read(ref _subscribers))
        {
            onNote(payload);
        }
    }

    public void Gap()
    {
        foreach (var (_, onGap) in Volatile.Read(ref _subscribers))
        {
            onGap();
        }
    }

    private sealed class Subscription(Action remove) : IDisposable
    {
        private Action? _remove = remove;

        public void Dispose() => Interlocked.Exchange(ref _remove, null)?.Invoke();
    }
}
