using CareerBot.Pipeline;
using CareerBot.Protocol;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// The bot the SDK's adapter runs: one turn at a time per conversation through our <see cref="TurnPipeline"/>
/// (state, routes, dialogs, answers) on the SDK's own <see cref="Activity"/>, with a typing indicator when it takes
/// a while. Expected replies go back through the SDK's turn context, which buffers them into the response body;
/// other replies are saved in the <see cref="ReplyOutbox"/> before the channel hears 200 and sent over the Connector
/// by <see cref="OutboundReplyQueue"/>.
/// </summary>
public sealed class PipelineBot(
    TurnPipeline pipeline,
    ConversationTurnLock turnLock,
    OutboundReplyQueue outbound,
    ReplyOutbox outbox,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        Pipeline.TurnContext turn;
        using (await turnLock.EnterAsync($"{activity.ChannelId}/{activity.Conversation?.Id}", cancellationToken))
        using (TypingIndicator.Start(activity, outbound, options.Value.TypingDelay, time))
        {
            turn = await pipeline.RunAsync(activity, cancellationToken);
        }

        if (turn.InvokeResponse is { } invoke)
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypesEx.InvokeResponse, Value = invoke }, cancellationToken);
        }

        if (turn.Replies.Count == 0)
        {
            return;
        }

        if (activity.ExpectsReplies())
        {
            await turnContext.SendActivitiesAsync([.. turn.Replies], cancellationToken);
            return;
        }

        // Saved before the channel hears 200: if this process dies now, another instance still sends them.
        outbound.Enqueue(await outbox.AddAsync(turn.Replies, cancellationToken));
    }
}
