using System.Collections.Concurrent;
using CareerBot.Storage;

namespace CareerBot.DirectLine;

/// <summary>
/// The WebSocket streams connected to this instance, one per conversation, and the change feed that wakes
/// them: a note about a conversation (published by this instance or another one sharing the store) makes
/// its stream read the store again. A second stream on one conversation while the first is connected is
/// refused ("collision"), as Azure's service does; that check sees this instance's streams only.
/// </summary>
public sealed class DirectLineStreamHub : IDisposable
{
    private readonly ConcurrentDictionary<string, ConversationStream> _streams = new(StringComparer.Ordinal);
    private readonly IDisposable _subscription;

    public DirectLineStreamHub(IChangeFeed changes) => _subscription = changes.Subscribe(OnNote, OnGap);

    /// <summary>Makes a stream the conversation's one live stream here; false if another is connected.</summary>
    public bool TryAttach(string conversationId, ConversationStream stream)
    {
        while (true)
        {
            if (_streams.TryAdd(conversationId, stream))
            {
                return true;
            }

            if (!_streams.TryGetValue(conversationId, out var current))
            {
                continue;
            }

            if (current.IsOpen)
            {
                return false;
            }

            if (_streams.TryUpdate(conversationId, stream, current))
            {
                return true;
            }
        }
    }

    public void Detach(string conversationId, ConversationStream stream) =>
        _streams.TryRemove(KeyValuePair.Create(conversationId, stream));

    public void Dispose() => _subscription.Dispose();

    private void OnNote(string payload)
    {
        if (DirectLineNote.Parse(payload) is not { } note || !_streams.TryGetValue(note.ConversationId, out var stream))
        {
            return;
        }

        if (note.Live is { } live)
        {
            stream.Offer(live, note.Position);
        }

        stream.Wake();
    }

    private void OnGap()
    {
        foreach (var stream in _streams.Values)
        {
            stream.Wake();
        }
    }
}
