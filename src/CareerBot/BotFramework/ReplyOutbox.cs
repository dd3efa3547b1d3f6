using CareerBot.Protocol;
using CareerBot.Storage;
using Microsoft.Bot.Schema;

namespace CareerBot.BotFramework;

/// <summary>
/// Replies a turn owes a channel, written to the record store before the channel is told 200 and deleted once
/// they are delivered. If the process dies in between, they are still there: <see cref="OutboxRecovery"/> on
/// any instance claims and sends them once they have waited <see cref="BotFrameworkOptions.OutboxRedeliverAfter"/>.
/// Claims are versioned writes, so of several instances exactly one sends a stale entry.
/// </summary>
public sealed class ReplyOutbox(IRecordStore store)
{
    public async Task<OutboxEntry> AddAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var key = Guid.NewGuid().ToString("N");
        var version = await store.WriteAsync(RecordKinds.Outbox, key, null, Serialize(replies), 0, cancellationToken);
        return new OutboxEntry(key, version, replies);
    }

    /// <summary>Everything delivered (or refused for good): the entry goes.</summary>
    public Task DoneAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        store.DeleteAsync(RecordKinds.Outbox, entry.Key, entry.Version, cancellationToken);

    /// <summary>Some replies are still owed: only they stay, to be sent again later.</summary>
    public async Task KeepAsync(OutboxEntry entry, IReadOnlyList<Activity> remaining, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(RecordKinds.Outbox, entry.Key, null, Serialize(remaining), entry.Version, cancellationToken);
        }
        catch (RecordConflictException)
        {
            // Another instance claimed the entry meanwhile; it sends what is owed.
        }
    }

    /// <summary>Entries not touched since <paramref name="staleBefore"/>, each claimed for this instance (a claim another instance won is skipped).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> ClaimStaleAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        var claimed = new List<OutboxEntry>();
        foreach (var record in await store.ListAsync(RecordKinds.Outbox, "", cancellationToken))
        {
            if (record.UpdatedAt >= staleBefore)
            {
                continue;
            }

            try
            {
                // Writing it again marks it fresh, so no other instance takes it while this one sends it.
                var version = await store.WriteAsync(RecordKinds.Outbox, record.Key, null, record.Body, record.Version, cancellationToken);
                var replies = Deserialize(record.Body);
                if (replies.Count == 0)
                {
                    await store.DeleteAsync(RecordKinds.Outbox, record.Key, version, cancellationToken);
                    continue;
                }

                claimed.Add(new OutboxEntry(record.Key, version, replies));
            }
            catch (RecordConflictException)
            {
                // Another instance got there first.
            }
        }

        return claimed;
    }

    /// <summary>Drops entries waiting since before <paramref name="cutoff"/>: a reply that late no longer helps anyone.</summary>
    public Task<int> GiveUpAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(RecordKinds.Outbox, cutoff, cancellationToken);

    // A JSON array of activities, as the SDK writes them; entries saved before the SDK's model was ours read the same.
    private static string Serialize(IReadOnlyList<Activity> replies) => BotJson.Serialize(replies);

    private static List<Activity> Deserialize(string body) => BotJson.Deserialize<List<Activity>>(body) ?? [];
}

/// <summary>One turn's replies in the outbox, with the version to name when deleting or rewriting them.</summary>
public sealed record OutboxEntry(string Key, long Version, IReadOnlyList<Activity> Replies);
