using System.Threading.Channels;
using CareerBot.Feedback;
using CareerBot.Protocol;
using CareerBot.Rendering;

namespace CareerBot.BotFramework;

/// <summary>
/// Replies waiting to go to a channel's Connector. Sending after the HTTP response means a slow
/// Connector never holds up the channel's request (it gives up after about 15 s). Each conversation's
/// replies go out one after another, in order (which also avoids Teams' 412 on concurrent writes),
/// while a throttled conversation does not hold up the others.
/// </summary>
public sealed partial class OutboundReplyQueue(IServiceScopeFactory scopes, SentAnswerLog sentAnswers, ILogger<OutboundReplyQueue> logger) : BackgroundService
{
    private readonly Channel<Activity> _queue = Channel.CreateBounded<Activity>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Dictionary<string, Task> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Enqueue(Activity reply)
    {
        if (!_queue.Writer.TryWrite(reply))
        {
            LogDropped(logger, reply.Conversation?.Id);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var reply in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var key = $"{reply.ServiceUrl}|{reply.Conversation?.Id}";
            lock (_gate)
            {
                var previous = _conversations.GetValueOrDefault(key) ?? Task.CompletedTask;
                var next = previous.ContinueWith(_ => DeliverAsync(reply, stoppingToken), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
                _conversations[key] = next;
                _ = next.ContinueWith(done => Forget(key, done), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
    }

    private async Task DeliverAsync(Activity reply, CancellationToken stoppingToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var id = await scope.ServiceProvider.GetRequiredService<ConnectorClient>().SendAsync(reply, stoppingToken);
            if (id.Length > 0 && ReplyEntities.AnswerIdOf(reply) is { } answerId)
            {
                await sentAnswers.RememberAsync(reply.ChannelId, id, new SentAnswer(answerId, ReplyEntities.EntryIdOf(reply)), stoppingToken);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ConnectorException or InvalidOperationException)
        {
            LogUndelivered(logger, e, reply.Type, reply.ServiceUrl, e.Message);
        }
        catch (System.Data.Common.DbException e)
        {
            // Delivered, but a reaction to it will not find its answer.
            LogUntraceable(logger, e, reply.Conversation?.Id);
        }
    }

    private void Forget(string key, Task done)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(key, out var last) && ReferenceEquals(last, done))
            {
                _conversations.Remove(key);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A reply in conversation {ConversationId} was delivered but could not be recorded for reaction feedback")]
    private static partial void LogUntraceable(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound queue full; a reply to {Conversation} was dropped")]
    private static partial void LogDropped(ILogger logger, string? conversation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {ActivityType} to {ServiceUrl}: {Reason}")]
    private static partial void LogUndelivered(ILogger logger, Exception exception, string? activityType, string? serviceUrl, string reason);
}
