using CareerBot.Protocol;

namespace CareerBot.Pipeline;

/// <summary>
/// Runs one turn: load state → clean the text → first matching route → save state.
/// An activity no route claims is acknowledged and ignored.
/// </summary>
public sealed partial class TurnPipeline(RouteTable routes, IConversationStateStore store, ILogger<TurnPipeline> logger)
{
    public async Task<TurnContext> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = StateKey(activity);
        var state = await store.LoadAsync(key, cancellationToken);
        var turn = new TurnContext(activity, state) { Text = TextNormalizer.Clean(activity) };
        if (routes.Find(turn) is { } route)
        {
            LogRouted(logger, activity.Type, route.Name);
            await route.Handler.HandleAsync(turn, cancellationToken);
            await store.SaveAsync(key, state, cancellationToken);
        }
        else
        {
            LogIgnored(logger, activity.Type);
        }

        return turn;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {ActivityType} handled by route {Route}")]
    private static partial void LogRouted(ILogger logger, string? activityType, string route);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity type {ActivityType} ignored")]
    private static partial void LogIgnored(ILogger logger, string? activityType);

    private static string StateKey(Activity activity) => $"{activity.ChannelId}/{activity.Conversation?.Id}";
}
