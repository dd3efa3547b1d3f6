using Stopwatch = System.Diagnostics.Stopwatch;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;
using CareerBot.Storage;
using Microsoft.Extensions.Options;

namespace CareerBot.Pipeline;

/// <summary>
/// Runs one turn: load state → clean the text → first matching route → save state → log a badly
/// answered question. If another turn (here or on another instance) saved the conversation first,
/// the turn runs again on the fresh state, so neither update is lost. An activity no route claims
/// is acknowledged and ignored.
/// </summary>
public sealed partial class TurnPipeline(
    RouteTable routes,
    IConversationStateStore store,
    QuestionLog questions,
    TurnMetrics metrics,
    IOptions<StorageOptions> storage,
    IOptions<OperationsOptions> operations,
    TimeProvider time,
    ILogger<TurnPipeline> logger)
{
    public async Task<TurnContext> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = StateKey(activity);
        var started = Stopwatch.GetTimestamp();
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var loaded = await store.LoadAsync(key, cancellationToken);
                var turn = new TurnContext(activity, loaded.State) { Text = TextNormalizer.Clean(activity) };
                if (loaded.State.LastDialogTurn is { } recorded && recorded.Answers(activity))
                {
                    LogReplayed(logger, activity.Id);
                    recorded.Replies.ForEach(turn.Send);
                    return turn;
                }

                var inDialogBefore = loaded.State.Dialogs.Active is not null;
                if (await routes.FindAsync(turn, cancellationToken) is not { } route)
                {
                    LogIgnored(logger, activity.Type);
                    return turn;
                }

                LogRouted(logger, activity.Type, route.Name);
                if (operations.Value.LogMessageText)
                {
                    LogText(logger, route.Name, turn.Text);
                }

                await route.Handler.HandleAsync(turn, cancellationToken);
                RecordDialogTurn(turn, inDialogBefore);
                if (await store.TrySaveAsync(key, loaded, Owner(activity), cancellationToken))
                {
                    metrics.Turn(route.Name, Stopwatch.GetElapsedTime(started));
                    await AfterTurnAsync(turn, cancellationToken);
                    return turn;
                }

                metrics.Conflict();
                LogConflict(logger, attempt);
                if (attempt >= storage.Value.ConflictAttempts)
                {
                    throw new RecordConflictException(RecordKinds.Conversation, key, loaded.Version);
                }

                // Jittered backoff, so turns that keep colliding spread out instead of colliding again in lock step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 10))), time, cancellationToken);
            }
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            metrics.Error();
            throw;
        }
    }

    // Only dialog turns: running one twice moves the dialog on a step, while a question answered twice gets the same answer.
    private static void RecordDialogTurn(TurnContext turn, bool inDialogBefore)
    {
        var dialogTurn = turn.Activity.IsType(ActivityTypes.Message) && !string.IsNullOrEmpty(turn.Activity.Id)
            && (inDialogBefore || turn.State.Dialogs.Active is not null);
        turn.State.LastDialogTurn = dialogTurn
            ? new RecordedTurn { ActivityId = turn.Activity.Id!, Text = turn.Activity.Text, Replies = [.. turn.Replies] }
            : null;
    }

    private async Task AfterTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Answer is not { } answer)
        {
            return;
        }

        metrics.Answer(answer.Kind);
        var retention = storage.Value.MessageRetention;
        if (retention <= TimeSpan.Zero || !turn.Activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(turn.Text)
            || !QuestionLog.IsWorthLogging(answer, operations.Value.LowConfidenceBelow))
        {
            return;
        }

        var question = new LoggedQuestion(turn.Text, answer.Kind, answer.Score, answer.EntryId, turn.Activity.ChannelId, time.GetUtcNow(), answer.CloseCall);
        try
        {
            await questions.RecordAsync(question, turn.Activity.From?.Id, cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The person has their answer; a missed log line is not worth failing the turn for.
            LogQuestionNotLogged(logger, e);
        }
    }

    // A personal conversation belongs to its user (deleted with their data); a group's belongs to nobody in particular.
    private static string? Owner(Activity activity) => activity.Conversation?.IsGroup == true ? null : activity.From?.Id;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn {ActivityType} handled by route {Route}")]
    private static partial void LogRouted(ILogger logger, string? activityType, string route);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Route {Route} read {Text}")]
    private static partial void LogText(ILogger logger, string route, string text);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was already answered; its replies are sent again")]
    private static partial void LogReplayed(ILogger logger, string? activityId);

        [LoggerMessage(Level = LogLevel.Debug, Message = "Activity type {ActivityType} ignored")]
    private static partial void LogIgnored(ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation state changed under turn attempt {Attempt}; running the turn again on fresh state")]
    private static partial void LogConflict(ILogger logger, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A badly answered question could not be logged")]
    private static partial void LogQuestionNotLogged(ILogger logger, Exception exception);

    private static string StateKey(Activity activity) => $"{activity.ChannelId}/{activity.Conversation?.Id}";
}
