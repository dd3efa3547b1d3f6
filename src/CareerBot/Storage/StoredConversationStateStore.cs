using System.Text.Json;
using CareerBot.Pipeline;

namespace CareerBot.Storage;

/// <summary>Conversation state (dialog stack included) as JSON records, one per conversation, versioned.</summary>
public sealed class StoredConversationStateStore(IRecordStore store) : IConversationStateStore
{
    public async Task<LoadedConversationState> LoadAsync(string key, CancellationToken cancellationToken)
    {
        var record = await store.GetAsync(RecordKinds.Conversation, key, cancellationToken);
        var state = record is null ? null : JsonSerializer.Deserialize(record.Body, StorageJsonContext.Default.ConversationState);
        return new LoadedConversationState(state ?? new ConversationState(), record?.Version ?? 0);
    }

    public async Task<bool> TrySaveAsync(string key, LoadedConversationState loaded, string? userId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(loaded.State, StorageJsonContext.Default.ConversationState);
        try
        {
            await store.WriteAsync(RecordKinds.Conversation, key, userId, body, loaded.Version, cancellationToken);
            return true;
        }
        catch (RecordConflictException)
        {
            return false;
        }
    }
}
