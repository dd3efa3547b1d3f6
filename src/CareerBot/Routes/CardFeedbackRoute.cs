using CareerBot.Feedback;
using CareerBot.Pipeline;
using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Routes;

/// <summary>
/// A 👍/👎 pressed on an answer card: recorded against the answer the card showed. Teams sends an
/// <c>adaptiveCard/action</c> invoke, answered with a short message on the card; Web Chat (and old Teams
/// clients) send a message whose <c>value</c> is the button's data, answered with a short reply.
/// </summary>
public sealed class CardFeedbackRoute(IFeedbackStore feedback, TimeProvider time) : ITurnHandler
{
    public const string Thanks = "Thanks for your feedback!";
    public const string InvokeName = "adaptiveCard/action";

    public static bool Matches(TurnContext turn) =>
        IsFeedbackInvoke(turn.Activity)
        || (turn.Activity.IsType(ActivityTypes.Message) && FeedbackAction.Read(BotJson.Tree(turn.Activity.Value)) is not null);

    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var invoked = activity.IsType(ActivityTypes.Invoke);
        var value = BotJson.Tree(activity.Value);
        var data = invoked ? value?["action"]?["data"] : value;
        if (FeedbackAction.Read(data) is not { } rating)
        {
            turn.InvokeResponse = CardActionResponses.Error(StatusCodes.Status400BadRequest, "BadRequest", "The feedback button carried no answer id or rating.");
            return;
        }

        await feedback.RecordAsync(
            new FeedbackRecord(
                rating.AnswerId, rating.EntryId, rating.Rating, activity.From?.Id ?? "", activity.ChannelId, activity.Conversation?.Id, "card", time.GetUtcNow()),
            cancellationToken);
        if (invoked)
        {
            turn.InvokeResponse = CardActionResponses.Message(Thanks);
            return;
        }

        turn.Send(new Activity
        {
            Type = ActivityTypes.Message,
            Text = Thanks,
            TextFormat = "plain",
            Entities = [ReplyEntities.Answer("feedback", rating.EntryId, 1, rating.AnswerId)],
        });
    }

    private static bool IsFeedbackInvoke(Activity activity) =>
        activity.IsType(ActivityTypes.Invoke)
        && string.Equals(activity.Name, InvokeName, StringComparison.Ordinal)
        && BotJson.Tree(activity.Value) is JObject value
        && value["action"] is JObject action
        && action["verb"] is JValue { Type: JTokenType.String } verb && (string?)verb == FeedbackAction.Verb;
}
