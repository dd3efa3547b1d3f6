using System.Collections.Concurrent;

namespace CareerBot.Pipeline;

/// <summary>Conversation state in process memory: enough for one instance; it is lost on restart.</summary>
public sealed class InMemoryConversationStateStore : IConversationStateStore
{
    private readonly ConcurrentDictionary<string, ConversationState> _states = new(StringComparer.Ordinal);

    public Task<ConversationState> LoadAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_states.GetOrAdd(key, _ => new ConversationState()));

    public Task SaveAsync(string key, ConversationState state, CancellationToken cancellationToken)
    {
        _states[key] = state;
        return Task.CompletedTask;
    }
}
