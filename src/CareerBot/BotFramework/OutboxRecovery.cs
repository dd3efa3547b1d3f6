using Microsoft.Extensions.Options;

namespace CareerBot.BotFramework;

/// <summary>
/// Sends the replies an instance saved but never delivered (it was killed, or stopped before it could):
/// every quarter of <see cref="BotFrameworkOptions.OutboxRedeliverAfter"/> it claims the entries that have
/// waited that long and queues them, and drops those older than <see cref="BotFrameworkOptions.OutboxGiveUpAfter"/>.
/// </summary>
public sealed partial class OutboxRecovery(
    ReplyOutbox outbox, OutboundReplyQueue queue, IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<OutboxRecovery> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.OutboxRedeliverAfter / 4, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = time.GetUtcNow();
                var dropped = await outbox.GiveUpAsync(now - settings.OutboxGiveUpAfter, stoppingToken);
                if (dropped > 0)
                {
                    LogGaveUp(logger, dropped);
                }

                foreach (var entry in await outbox.ClaimStaleAsync(now - settings.OutboxRedeliverAfter, stoppingToken))
                {
                    LogRedelivering(logger, entry.Replies.Count, entry.Replies.Count > 0 ? entry.Replies[0].Conversation?.Id : null);
                    queue.Enqueue(entry);
                }
            }
            catch (System.Data.Common.DbException e)
            {
                // Tried again at the next tick; the store's health shows on /readyz.
                LogRecoveryFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {Count} undelivered repl(ies) to conversation {ConversationId} again")]
    private static partial void LogRedelivering(ILogger logger, int count, string? conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} outbox entr(ies) waited too long and were dropped undelivered")]
    private static partial void LogGaveUp(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for undelivered replies failed")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);
}
