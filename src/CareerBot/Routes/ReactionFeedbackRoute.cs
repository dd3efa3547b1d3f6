using CareerBot.Feedback;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using Microsoft.Bot.Schema;

namespace CareerBot.Routes;

/// <summary>
/// A reaction on one of the bot's messages (Teams' 👍 "like", or a 👎): recorded as feedback on the answer
/// that message carried, found by the message id the reaction replies to. Other reactions, removals and
/// reactions to messages we cannot trace to an answer are ignored.
/// </summary>
public sealed partial class ReactionFeedbackRoute(IFeedbackStore feedback, SentAnswerLog sent, TimeProvider time, ILogger<ReactionFeedbackRoute> logger) : ITurnHandler
{
    public static bool Matches(TurnContext turn) =>
        turn.Activity.IsType(ActivityTypes.MessageReaction) && Rating(turn.Activity) is not null;

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (await sent.FindAsync(activity.ChannelId, activity.ReplyToId, cancellationToken) is not { } answer)
        {
            LogUntraced(logger, activity.ReplyToId);
            return;
        }

        await feedback.RecordAsync(
            new FeedbackRecord(
                answer.AnswerId, answer.EntryId, Rating(activity)!.Value, activity.From?.Id ?? "", activity.ChannelId, activity.Conversation?.Id, "reaction", time.GetUtcNow()),
            cancellationToken);
    }

    /// <summary>The rating the latest added reaction expresses, if it expresses one.</summary>
    public static FeedbackRating? Rating(Activity activity)
    {
        foreach (var reaction in Enumerable.Reverse(activity.ReactionsAdded ?? []))
        {
            var type = reaction?.Type?.ToLowerInvariant() ?? "";
            if (type is "like" or "+1" or "👍" or "thumbsup" || type.Contains("1f44d", StringComparison.Ordinal))
            {
                return FeedbackRating.Helpful;
            }

            if (type is "dislike" or "-1" or "👎" or "thumbsdown" || type.Contains("1f44e", StringComparison.Ordinal))
            {
                return FeedbackRating.NotHelpful;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A reaction to message {MessageId} was not recorded: no answer is known for it")]
    private static partial void LogUntraced(ILogger logger, string? messageId);
}
