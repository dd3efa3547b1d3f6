using System.Text.Json;
using CareerBot.Protocol;
using CareerBot.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>
/// Direct Line conversations in the record store (one record each), so they survive restarts and any
/// instance on a shared store can serve any call. Appends are optimistic: a write that lost to another
/// turn reads the conversation again and appends there, so nothing is overwritten. After each change a
/// note goes out on the change feed, waking the conversation's stream wherever it is connected.
/// A conversation not written for <see cref="DirectLineOptions.ConversationIdleTimeout"/> is gone.
/// </summary>
public sealed class DirectLineConversationStore(IRecordStore store, IChangeFeed changes, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const int AppendAttempts = 32;

    public async Task<DirectLineConversation> CreateAsync(string channelId, CancellationToken cancellationToken)
    {
        var id = RandomIds.ConversationId();
        var record = new DirectLineConversationRecord { ChannelId = channelId };
        var version = await store.WriteAsync(RecordKinds.DirectLineConversation, id, null, Serialize(record), 0, cancellationToken);
        return new DirectLineConversation(id, record, version);
    }

    /// <summary>The live conversation with this id; null if it never existed or has expired.</summary>
    public async Task<DirectLineConversation?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(RecordKinds.DirectLineConversation, id, cancellationToken);
        if (stored is null || time.GetUtcNow() - stored.UpdatedAt > options.Value.ConversationIdleTimeout)
        {
            return null;
        }

        var record = JsonSerializer.Deserialize(stored.Body, DirectLineJsonContext.Default.DirectLineConversationRecord) ?? new DirectLineConversationRecord();
        return new DirectLineConversation(id, record, stored.Version);
    }

    /// <summary>
    /// Marks the conversation started for this user and returns it as updated; null if it already was started
    /// (the welcome is sent once). Like every update here, it consumes the conversation passed in.
    /// </summary>
    public async Task<DirectLineConversation?> TryStartAsync(DirectLineConversation conversation, string userId, CancellationToken cancellationToken)
    {
        var started = false;
        var updated = await UpdateAsync(conversation, record =>
        {
            started = !record.Started;
            record.Started = true;
            record.UserId ??= userId;
            return started;
        }, cancellationToken);
        return started ? updated : null;
    }

    /// <summary>Appends activities in order, giving each its Direct Line id and timestamp; returns the updated conversation (use it, not the one passed in).</summary>
    /// <exception cref="KeyNotFoundException">The conversation expired meanwhile.</exception>
    public async Task<DirectLineConversation> AppendAsync(DirectLineConversation conversation, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return conversation;
        }

        var updated = await UpdateAsync(conversation, record =>
        {
            foreach (var activity in activities)
            {
                record.Append(conversation.Id, activity, options.Value.MaxActivitiesPerConversation, time.GetUtcNow());
            }

            return true;
        }, cancellationToken);
        await NotifyAsync(updated.Id, updated.Watermark, live: null, cancellationToken);
        return updated;
    }

    /// <summary>Sends an activity to the live stream only, unstored (typing: Direct Line never returns it from polling).</summary>
    public Task PublishLiveAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken) =>
        NotifyAsync(conversation.Id, conversation.Watermark, BotJson.ToElement(activity), cancellationToken);

    /// <summary>Deletes every conversation not written for the idle timeout; returns how many went.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(RecordKinds.DirectLineConversation, time.GetUtcNow() - options.Value.ConversationIdleTimeout, cancellationToken);

    // Applies a change to the conversation as read (changing that copy: the caller goes on with the one returned);
    // when another writer got there first, reads it again and re-applies the change there.
    private async Task<DirectLineConversation> UpdateAsync(
        DirectLineConversation conversation, Func<DirectLineConversationRecord, bool> change, CancellationToken cancellationToken)
    {
        var current = conversation;
        for (var attempt = 1; ; attempt++)
        {
            var record = current.Record;
            if (!change(record))
            {
                return current;
            }

            try
            {
                var version = await store.WriteAsync(RecordKinds.DirectLineConversation, current.Id, record.UserId, Serialize(record), current.Version, cancellationToken);
                return new DirectLineConversation(current.Id, record, version);
            }
            catch (RecordConflictException) when (attempt < AppendAttempts)
            {
                current = await FindAsync(current.Id, cancellationToken) ?? throw new KeyNotFoundException($"Direct Line conversation {current.Id} has expired.");
            }
        }
    }

    private async Task NotifyAsync(string conversationId, long position, JsonElement? live, CancellationToken cancellationToken)
    {
        var note = DirectLineNote.Serialize(new DirectLineNote(conversationId, position, live));
        if (note.Length > IChangeFeed.MaxPayloadBytes)
        {
            // Only a live activity can make a note this long; the stream still hears that something changed.
            note = DirectLineNote.Serialize(new DirectLineNote(conversationId, position, null));
        }

        await changes.PublishAsync(note, cancellationToken);
    }

    private static string Serialize(DirectLineConversationRecord record) =>
        JsonSerializer.Serialize(record, DirectLineJsonContext.Default.DirectLineConversationRecord);
}
