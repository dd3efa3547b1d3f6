using CareerBot.Protocol;

namespace CareerBot.Pipeline;

/// <summary>
/// One turn: the activity that came in, the conversation's state, and the replies produced.
/// Replies are collected here and delivered by whoever ran the turn (expectReplies body, Connector, terminal).
/// </summary>
public sealed class TurnContext(Activity activity, ConversationState state)
{
    private readonly List<Activity> _replies = [];

    public Activity Activity { get; } = activity;

    public ConversationState State { get; } = state;

    /// <summary>The user's text with channel decorations removed (set by the pipeline before routing).</summary>
    public string Text { get; set; } = activity.Text ?? "";

    public IReadOnlyList<Activity> Replies => _replies;

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
