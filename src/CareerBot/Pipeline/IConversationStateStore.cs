namespace CareerBot.Pipeline;

/// <summary>Where conversation state lives between turns; the pipeline loads it before a turn and saves it after.</summary>
public interface IConversationStateStore
{
    Task<ConversationState> LoadAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(string key, ConversationState state, CancellationToken cancellationToken);
}
