using Microsoft.Extensions.Options;

namespace CareerBot.DirectLine;

/// <summary>Periodically deletes expired conversations (with their activities) and expired tokens, so memory stays bounded.</summary>
public sealed partial class DirectLineSweeper(
    DirectLineConversationStore conversations, DirectLineTokens tokens, IOptions<DirectLineOptions> options, ILogger<DirectLineSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var removed = conversations.Sweep();
                tokens.Sweep(conversations.Exists);
                if (removed > 0)
                {
                    LogSwept(logger, removed, conversations.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Direct Line: {Removed} expired conversation(s) removed, {Remaining} left")]
    private static partial void LogSwept(ILogger logger, int removed, int remaining);
}
