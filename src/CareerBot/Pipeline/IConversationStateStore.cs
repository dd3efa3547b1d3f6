namespace CareerBot.Pipeline;

/// <summary>
/// Where conversation state lives between turns; the pipeline loads it before a turn and saves it after.
/// A save names the version loaded and fails (false) if another turn saved first: the pipeline then runs
/// the turn again on the fresh state instead of overwriting it.
/// </summary>
public interface IConversationStateStore
{
    Task<LoadedConversationState> LoadAsync(string key, CancellationToken cancellationToken);

    Task<bool> TrySaveAsync(string key, LoadedConversationState loaded, string? userId, CancellationToken cancellationToken);
}

/// <summary>A conversation's state and the version it was loaded at (0: never saved).</summary>
public sealed record LoadedConversationState(ConversationState State, long Version);
