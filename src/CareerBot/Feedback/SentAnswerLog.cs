using System.Collections.Concurrent;

namespace CareerBot.Feedback;

/// <summary>
/// Which answer each delivered message carried, by the id the channel gave the message. A reaction
/// names only that message id (its <c>replyToId</c>), so this is how a 👍 finds its answer.
/// Bounded: the oldest entries go first once it is full.
/// </summary>
public sealed class SentAnswerLog
{
    private const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, SentAnswer> _byMessage = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();

    public void Remember(string? channelId, string messageId, SentAnswer answer)
    {
        var key = Key(channelId, messageId);
        if (_byMessage.TryAdd(key, answer))
        {
            _order.Enqueue(key);
        }

        while (_byMessage.Count > Capacity && _order.TryDequeue(out var oldest))
        {
            _byMessage.TryRemove(oldest, out _);
        }
    }

    public SentAnswer? Find(string? channelId, string? messageId) =>
        messageId is not null && _byMessage.TryGetValue(Key(channelId, messageId), out var answer) ? answer : null;

    private static string Key(string? channelId, string messageId) => $"{channelId}/{messageId}";
}
