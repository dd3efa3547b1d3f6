using CareerBot.Knowledge.Answers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace CareerBot.Pipeline;

/// <summary>
/// One turn: the activity that came in, the conversation's state, and the replies produced.
/// Replies are collected here and delivered by whoever ran the turn (expectReplies body, Connector, terminal).
/// </summary>
public sealed class TurnContext
{
    private readonly List<Activity> _replies = [];

    public TurnContext(Activity activity, ConversationState state)
    {
        Activity = activity;
        State = state;
        Text = activity.Text ?? "";
        // Teams names the tenant on every activity; the conversation keeps the latest one.
        var tenant = activity.ChannelData is JObject data && data["tenant"] is JObject t && t["id"] is JValue { Type: JTokenType.String } id
            ? (string?)id
            : activity.Conversation?.TenantId;
        if (!string.IsNullOrEmpty(tenant))
        {
            State.TenantId = tenant;
        }
    }

    public Activity Activity { get; }

    public ConversationState State { get; }

    /// <summary>The user's text with channel decorations removed (set by the pipeline before routing).</summary>
    public string Text { get; set; }

    public IReadOnlyList<Activity> Replies => _replies;

    /// <summary>The last composed answer sent this turn, for metrics and the question log.</summary>
    public ComposedAnswer? Answer { get; set; }

    /// <summary>What an <c>invoke</c> activity is answered with (the SDK's own); null means no route handled it (HTTP 501).</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Addresses a reply to the sender of this turn's activity and queues it.</summary>
    public void Send(Activity reply)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId = Activity.ChannelId;
        reply.ServiceUrl = Activity.ServiceUrl;
        reply.Conversation = Activity.Conversation;
        reply.From = Activity.Recipient;
        reply.Recipient = Activity.From;
        reply.ReplyToId = Activity.Id;
        reply.Locale ??= Activity.Locale;
        _replies.Add(reply);
    }
}
