namespace CareerBot.Storage;

/// <summary>
/// Short notes from one instance to every instance sharing the store (itself included): "conversation X
/// changed, look again". The store stays the truth; a note only says when to read it. A subscriber also
/// hears when notes may have been missed (the feed reconnected), so it can look again at everything.
/// </summary>
public interface IChangeFeed
{
    /// <summary>Largest payload a note may carry (PostgreSQL's <c>NOTIFY</c> takes under 8000 bytes).</summary>
    const int MaxPayloadBytes = 7000;

    Task PublishAsync(string payload, CancellationToken cancellationToken);

    /// <summary>Calls <paramref name="onNote"/> for each note and <paramref name="onGap"/> after notes may have been lost; dispose to stop.</summary>
    IDisposable Subscribe(Action<string> onNote, Action onGap);
}
