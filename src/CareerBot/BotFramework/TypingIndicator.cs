using CareerBot.Protocol;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.BotFramework;

/// <summary>
/// Shows the user that an answer is coming when a turn takes a while: a <c>typing</c> activity goes out
/// once the turn has run for <see cref="BotFrameworkOptions.TypingDelay"/>, and never once the replies are out.
/// Only where it can be seen: messages answered through the Connector, not Teams group chats and channels
/// (Teams shows typing reliably in personal chats only).
/// </summary>
public sealed class TypingIndicator : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Activity _typing;
    private readonly OutboundReplyQueue _outbound;
    private ITimer? _timer;
    private bool _finished;

    private TypingIndicator(Activity typing, OutboundReplyQueue outbound)
    {
        _typing = typing;
        _outbound = outbound;
    }

    public static TypingIndicator? Start(Activity activity, OutboundReplyQueue outbound, TimeSpan delay, TimeProvider time)
    {
        if (!activity.IsType(ActivityTypes.Message)
            || activity.ExpectsReplies()
            || string.IsNullOrEmpty(activity.ServiceUrl)
            || (string.Equals(activity.ChannelId, "msteams", StringComparison.OrdinalIgnoreCase) && ReplySurfaces.IsSharedConversation(activity)))
        {
            return null;
        }

        var indicator = new TypingIndicator(
            new Activity
            {
                Type = ActivityTypes.Typing,
                ChannelId = activity.ChannelId,
                ServiceUrl = activity.ServiceUrl,
                Conversation = activity.Conversation,
                From = activity.Recipient,
                Recipient = activity.From,
            },
            outbound);
        if (delay <= TimeSpan.Zero)
        {
            indicator.Show();
        }
        else
        {
            indicator._timer = time.CreateTimer(_ => indicator.Show(), null, delay, Timeout.InfiniteTimeSpan);
        }

        return indicator;
    }

    private void Show()
    {
        // Under the lock, so the indicator can never be queued after the replies it announces.
        lock (_gate)
        {
            if (!_finished)
            {
                _finished = true;
                _outbound.Enqueue(_typing);
            }
        }
    }

    /// <summary>The turn is done: a typing indicator not yet shown never will be.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _finished = true;
        }

        _timer?.Dispose();
    }
}
