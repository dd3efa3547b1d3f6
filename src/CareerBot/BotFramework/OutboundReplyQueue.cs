using System.Threading.Channels;
using CareerBot.Feedback;
using CareerBot.Rendering;
using Microsoft.Bot.Schema;

namespace CareerBot.BotFramework;

/// <summary>
/// Replies waiting to go to a channel's Connector. Sending after the HTTP response means a slow
/// Connector never holds up the channel's request (it gives up after about 15 s). Each conversation's
/// replies go out one after another, in order (which also avoids Teams' 412 on concurrent writes),
/// while a throttled conversation does not hold up the others. A turn's replies come with their
/// <see cref="ReplyOutbox"/> entry, deleted once they are delivered or refused for good; what could not
/// be sent yet (the Connector unreachable, the app stopping) stays there for <see cref="OutboxRecovery"/>.
/// </summary>
public sealed partial class OutboundReplyQueue(
    ConnectorReplySender connector, SentAnswerLog sentAnswers, ReplyOutbox outbox, ILogger<OutboundReplyQueue> logger) : BackgroundService
{
    private readonly Channel<(IReadOnlyList<Activity> Replies, OutboxEntry? Entry)> _queue =
        Channel.CreateBounded<(IReadOnlyList<Activity>, OutboxEntry?)>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Dictionary<string, Task> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Queues a reply nothing needs to keep (a typing indicator).</summary>
    public void Enqueue(Activity reply) => Enqueue([reply], null);

    /// <summary>Queues a turn's replies, saved in the outbox.</summary>
    public void Enqueue(OutboxEntry entry) => Enqueue(entry.Replies, entry);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (replies, entry) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            var key = $"{replies[0].ServiceUrl}|{replies[0].Conversation?.Id}";
            lock (_gate)
            {
                var previous = _conversations.GetValueOrDefault(key) ?? Task.CompletedTask;
                var next = previous.ContinueWith(_ => DeliverAsync(replies, entry, stoppingToken), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
                _conversations[key] = next;
                _ = next.ContinueWith(done => Forget(key, done), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }
        }
    }

    private void Enqueue(IReadOnlyList<Activity> replies, OutboxEntry? entry)
    {
        // A dropped entry is still in the outbox: recovery sends it later.
        if (replies.Count > 0 && !_queue.Writer.TryWrite((replies, entry)))
        {
            LogDropped(logger, replies[0].Conversation?.Id);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<Activity> replies, OutboxEntry? entry, CancellationToken stoppingToken)
    {
        var owed = new List<Activity>();
        foreach (var reply in replies)
        {
            // In order: once one reply has to wait, the ones after it wait too.
            if (owed.Count > 0 || !await DeliverOneAsync(reply, stoppingToken))
            {
                owed.Add(reply);
            }
        }

        if (entry is null)
        {
            return;
        }

        try
        {
            if (owed.Count == 0)
            {
                await outbox.DoneAsync(entry, CancellationToken.None);
            }
            else if (owed.Count < replies.Count)
            {
                await outbox.KeepAsync(entry, owed, CancellationToken.None);
            }
        }
        catch (System.Data.Common.DbException e)
        {
            // The entry stays as it was: recovery may send some replies a second time, never none.
            LogOutboxNotUpdated(logger, e, replies[0].Conversation?.Id);
        }
    }

    /// <summary>True when the reply is settled: delivered, or refused in a way trying again will not change.</summary>
    private async Task<bool> DeliverOneAsync(Activity reply, CancellationToken stoppingToken)
    {
        try
        {
            var id = await connector.SendAsync(reply, stoppingToken);
            if (id.Length > 0 && ReplyEntities.AnswerIdOf(reply) is { } answerId)
            {
                await RememberAsync(reply, id, answerId, stoppingToken);
            }

            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or Microsoft.Identity.Client.MsalException)
        {
            // The Connector or the token endpoint could not be reached (or the app is stopping): worth trying again later.
            LogUndelivered(logger, e, reply.Type, reply.ServiceUrl, e.Message);
            return false;
        }
        catch (Exception e) when (e is ConnectorException or InvalidOperationException)
        {
            // The Connector answered no after its retries, or the serviceUrl is not trusted: final.
            LogUndelivered(logger, e, reply.Type, reply.ServiceUrl, e.Message);
            return true;
        }
    }

    private async Task RememberAsync(Activity reply, string id, string answerId, CancellationToken stoppingToken)
    {
        try
        {
            await sentAnswers.RememberAsync(reply.ChannelId, id, new SentAnswer(answerId, ReplyEntities.EntryIdOf(reply)), stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox entry of conversation {ConversationId} could not be updated after delivery")]
    private static partial void LogOutboxNotUpdated(ILogger logger, Exception exception, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbound queue full; a reply to {Conversation} was dropped")]
    private static partial void LogDropped(ILogger logger, string? conversation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver a {ActivityType} to {ServiceUrl}: {Reason}")]
    private static partial void LogUndelivered(ILogger logger, Exception exception, string? activityType, string? serviceUrl, string reason);
}
