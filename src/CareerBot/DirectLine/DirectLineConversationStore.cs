using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// The Direct Line conversations in process memory (lost on restart, like the conversation state). A
/// conversation idle longer than <see cref="DirectLineOptions.ConversationIdleTimeout"/> is gone, whether
/// or not the sweeper has removed it yet; when the store is full the one idle longest makes room.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    public DirectLineConversation Create(string channelId)
    {
        var now = time.GetUtcNow();
        while (_conversations.Count >= options.Value.MaxConversations && _conversations.Values.MinBy(c => c.LastSeen) is { } oldest)
        {
            Remove(oldest);
        }

        var conversation = new DirectLineConversation(RandomIds.ConversationId(), channelId, now);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>The live conversation with this id, marked as seen now; null if it never existed or has expired.</summary>
    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (IsExpired(conversation, now))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    public bool Exists(string id) => _conversations.ContainsKey(id);

    /// <summary>Removes every expired conversation; returns how many went.</summary>
    public int Sweep()
    {
        var now = time.GetUtcNow();
        var expired = _conversations.Values.Where(c => IsExpired(c, now)).ToList();
        expired.ForEach(Remove);
        return expired.Count;
    }

    private bool IsExpired(DirectLineConversation conversation, DateTimeOffset now) =>
        now - conversation.LastSeen > options.Value.ConversationIdleTimeout;

    private void Remove(DirectLineConversation conversation)
    {
        if (_conversations.TryRemove(conversation.Id, out _))
        {
            conversation.Close();
        }
    }
}
