using System.Threading.Channels;
using CareerBot.Protocol;

namespace CareerBot.BotFramework;

/// <summary>
/// Replies waiting to go to a channel's Connector. Sending after the HTTP response means a slow
/// Connector never holds up the channel's request (it gives up after about 15 s).
/// </summary>
public sealed class OutboundReplyQueue(IServiceScopeFactory scopes, ILogger<OutboundReplyQueue> logger) : BackgroundService
{
    private readonly Channel<Activity> _queue = Channel.CreateBounded<Activity>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Enqueue(Activity reply)
    {
        if (!_queue.Writer.TryWrite(reply))
        {
            logger.LogWarning("Outbound queue full; a reply to {Conversation} was dropped", reply.Conversation?.Id);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var reply in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<ConnectorClient>().SendAsync(reply, stoppingToken);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException)
            {
                logger.LogWarning(e, "Could not deliver a reply to {ServiceUrl}", reply.ServiceUrl);
            }
        }
    }
}
