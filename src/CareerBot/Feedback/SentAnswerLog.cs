using System.Text.Json;
using CareerBot.Storage;

namespace CareerBot.Feedback;

/// <summary>
/// Which answer each delivered message carried, by the id the channel gave the message. A reaction
/// names only that message id (its <c>replyToId</c>), so this is how a 👍 finds its answer. Kept in the
/// record store, so a reaction still finds its answer after a restart or on another instance; entries
/// older than <see cref="Retention"/> are swept.
/// </summary>
public sealed class SentAnswerLog(IRecordStore store, TimeProvider time)
{
    /// <summary>How long a delivered message's answer is remembered: reactions to older messages are not traced.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public async Task RememberAsync(string? channelId, string messageId, SentAnswer answer, CancellationToken cancellationToken)
    {
        try
        {
            await store.WriteAsync(RecordKinds.SentAnswer, Key(channelId, messageId), null,
                JsonSerializer.Serialize(answer, StorageJsonContext.Default.SentAnswer), 0, cancellationToken);
        }
        catch (RecordConflictException)
        {
            // The channel gave this message id before: the first answer it carried stands.
        }
    }

    public async Task<SentAnswer?> FindAsync(string? channelId, string? messageId, CancellationToken cancellationToken)
    {
        if (messageId is null)
        {
            return null;
        }

        var stored = await store.GetAsync(RecordKinds.SentAnswer, Key(channelId, messageId), cancellationToken);
        return stored is null ? null : JsonSerializer.Deserialize(stored.Body, StorageJsonContext.Default.SentAnswer);
    }

    /// <summary>Forgets messages delivered longer ago than <see cref="Retention"/>; returns how many went.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(RecordKinds.SentAnswer, time.GetUtcNow() - Retention, cancellationToken);

    private static string Key(string? channelId, string messageId) => $"{channelId}/{messageId}";
}
